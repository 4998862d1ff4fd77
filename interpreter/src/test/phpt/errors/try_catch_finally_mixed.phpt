--TEST--
try/catch/finally: multi-catch, return through finally, finally overriding return, previous, continue through finally, uncaught
--FILE--
<?php
function t($k) {
    try {
        if ($k == 1) throw new InvalidArgumentException("ia");
        if ($k == 2) echo 1 % 0;
        if ($k == 3) undefined_function();
        if ($k == 4) throw new Exception("plain");
    } catch (InvalidArgumentException | DivisionByZeroError $e) {
        echo "first: ", get_class($e), "\n";
    } catch (Error $e) {
        echo "error: ", $e->getMessage(), "\n";
    } catch (Throwable $e) {
        echo "throwable: ", $e->getMessage(), "\n";
    }
}
t(2); t(3); t(4);
function f() {
    try {
        return "try";
    } finally {
        echo "in finally\n";
    }
}
echo f(), "\n";
function g() {
    try { return "try"; } finally { return "finally"; }
}
echo g(), "\n";
try {
    try {
        throw new Exception("inner", 5);
    } catch (Exception $e) {
        throw new RuntimeException("outer", 7, $e);
    }
} catch (Exception $e) {
    echo $e->getMessage(), " ", $e->getCode(), " line ", $e->getLine(), "\n";
    $p = $e->getPrevious();
    echo $p->getMessage(), " ", $p->getCode(), " line ", $p->getLine(), "\n";
    var_dump($e instanceof Throwable, $e instanceof Error);
}
for ($i = 0; $i < 3; $i++) {
    try {
        if ($i == 1) continue;
        echo "body $i\n";
    } finally {
        echo "fin $i\n";
    }
}
try { intdiv(1, 0); } catch (DivisionByZeroError $e) { echo $e->getMessage(), "\n"; }
echo "done\n";
throw new LogicException("bye");
--EXPECTF--
first: DivisionByZeroError
error: Call to undefined function undefined_function()
throwable: plain
in finally
try
finally
outer 7 line 33
inner 5 line 31
bool(true)
bool(false)
body 0
fin 0
fin 1
body 2
fin 2
Division by zero
done

Fatal error: Uncaught LogicException: bye in %s:51
Stack trace:
#0 {main}
  thrown in %s on line 51
