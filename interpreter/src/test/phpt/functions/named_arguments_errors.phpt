--TEST--
named argument errors: unknown, duplicate, positional after named
--FILE--
<?php
function f($a, $b = 2) { return $a + $b; }
try {
    f(1, c: 3);
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    f(1, a: 3);
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    f(b: 3);
} catch (ArgumentCountError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
--EXPECT--
Error: Unknown named parameter $c
Error: Named parameter $a overwrites previous argument
ArgumentCountError: f(): Argument #1 ($a) not passed
