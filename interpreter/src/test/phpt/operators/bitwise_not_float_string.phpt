--TEST--
~ on a fractional float truncates (with a deprecation); ~ on null or arrays is a TypeError
--FILE--
<?php
var_dump(~5.7 === ~5);
try {
    var_dump(~null);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
try {
    var_dump(~[]);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
--EXPECTF--
Deprecated: Implicit conversion from float 5.7 to int loses precision in %s on line 2
bool(true)
Cannot perform bitwise not on null
Cannot perform bitwise not on array
