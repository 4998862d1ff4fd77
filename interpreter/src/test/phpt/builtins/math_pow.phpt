--TEST--
pow() is the ** operator: int results until they overflow to float, numeric strings, negative exponents
--FILE--
<?php
var_dump(pow(2, 10), pow(-2, 63), pow(2, 63), pow(2, 64), pow(-3, 3), pow(2, -1), pow(0, 0), pow(0, -1), pow("3", "2"), pow("1.5", 2));
var_dump(pow(10, 18), pow(10, 19), pow(-1, PHP_INT_MAX), pow(2.0, 3), pow(-8, 1/3), pow(true, 5), pow(null, 2), pow(7, 0));
var_dump(pow(2, 3) === 2 ** 3, pow(3, 40) == 3 ** 40);
--EXPECT--
int(1024)
int(-9223372036854775808)
float(9.223372036854776E+18)
float(1.8446744073709552E+19)
int(-27)
float(0.5)
int(1)
float(INF)
int(9)
float(2.25)
int(1000000000000000000)
float(1.0E+19)
int(-1)
float(8)
float(NAN)
int(1)
int(0)
int(1)
bool(true)
bool(true)
