--TEST--
/ returns int when exact, float otherwise; intdiv and %
--FILE--
<?php
var_dump(6 / 3, 7 / 2, -7 / 2, 6.0 / 3, intdiv(7, 2), intdiv(-7, 2), 7 % 3, -7 % 3, 7 % -3);
var_dump(PHP_INT_MIN / -1);
--EXPECT--
int(2)
float(3.5)
float(-3.5)
float(2)
int(3)
int(-3)
int(1)
int(-1)
int(1)
float(9.223372036854776E+18)
