--TEST--
throw of a Closure and new Closure are php's Errors (the refused Closure still took a handle)
--FILE--
<?php
try {
    throw function () {};
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
$f = strlen(...);
try {
    throw $f;
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
var_dump($f instanceof Closure);
unset($e, $f);
try {
    $c = new Closure();
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
var_dump(function () {});
try {
    new Throwable();
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
--EXPECT--
Error: Cannot throw objects that do not implement Throwable
Cannot throw objects that do not implement Throwable
bool(true)
Error: Instantiation of class Closure is not allowed
object(Closure)#1 (0) {
}
Cannot instantiate interface Throwable
