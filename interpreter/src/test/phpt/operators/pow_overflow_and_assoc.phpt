--TEST--
** is right-associative and overflows to float
--FILE--
<?php
var_dump(2 ** 3 ** 2);
var_dump((2 ** 3) ** 2);
var_dump(2 ** 62, 2 ** 63, 2 ** 64);
var_dump((-2) ** 63);
var_dump(-2 ** 2);
var_dump((-2) ** 2);
--EXPECT--
int(512)
int(64)
int(4611686018427387904)
float(9.223372036854776E+18)
float(1.8446744073709552E+19)
int(-9223372036854775808)
int(-4)
int(4)
