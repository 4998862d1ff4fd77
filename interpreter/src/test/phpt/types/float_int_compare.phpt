--TEST--
comparing ints with floats, including large values
--FILE--
<?php
var_dump(1 == 1.0, 0.1 + 0.2 == 0.3, abs(0.3 - (0.1 + 0.2)) < PHP_FLOAT_EPSILON);
var_dump(PHP_INT_MAX == PHP_INT_MAX + 0.0);
var_dump(PHP_INT_MAX < PHP_INT_MAX + 1);
var_dump(9007199254740993 == 9007199254740992.0);
--EXPECT--
bool(true)
bool(false)
bool(true)
bool(true)
bool(false)
bool(true)
