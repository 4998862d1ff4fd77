--TEST--
% converts operands to int; fmod keeps floats
--FILE--
<?php
var_dump(7.9 % 3, -7.9 % 3, fmod(7.5, 2), fmod(-7.5, 2));
--EXPECTF--
Deprecated: Implicit conversion from float 7.9 to int loses precision in %s on line 2

Deprecated: Implicit conversion from float -7.9 to int loses precision in %s on line 2
int(1)
int(-1)
float(1.5)
float(-1.5)
