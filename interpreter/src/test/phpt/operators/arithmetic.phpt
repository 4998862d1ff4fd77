--TEST--
arithmetic operators and int overflow to float
--FILE--
<?php
var_dump(7 + 2, 7 - 2, 7 * 2, 7 / 2, 8 / 2, 7 % 3, -7 % 3, 2 ** 10, 2 ** -1, PHP_INT_MAX + 1, PHP_INT_MIN - 1, PHP_INT_MAX * 2);
--EXPECT--
int(9)
int(5)
int(14)
float(3.5)
int(4)
int(1)
int(-1)
int(1024)
float(0.5)
float(9.223372036854776E+18)
float(-9.223372036854776E+18)
float(1.8446744073709552E+19)
