--TEST--
abs() takes a number as Z_PARAM_NUMBER does: bools and numeric strings become int or float
--FILE--
<?php var_dump(abs(true), abs("-3"), abs("2.5"), abs(null));
--EXPECTF--

Deprecated: abs(): Passing null to parameter #1 ($num) of type int|float is deprecated in %s on line 1
int(1)
int(3)
float(2.5)
int(0)
