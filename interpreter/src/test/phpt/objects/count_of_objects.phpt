--TEST--
count() and sizeof() of an object (ZEND_COUNT: no frame in the trace)
--FILE--
<?php
try {
    count(new Exception());
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
try {
    sizeof(str_repeat("s", 2));
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
var_dump(count([1, [2, 3]]), count([1, [2, 3]], COUNT_RECURSIVE), sizeof([]));
function f($x) {
    return count($x);
}
f(function () {});
--EXPECTF--
count(): Argument #1 ($value) must be of type Countable|array, Exception given
sizeof(): Argument #1 ($value) must be of type Countable|array, string given
int(2)
int(4)
int(0)

Fatal error: Uncaught TypeError: count(): Argument #1 ($value) must be of type Countable|array, Closure given in %s:14
Stack trace:
#0 %s(16): f(Object(Closure))
#1 {main}
  thrown in %s on line 14
