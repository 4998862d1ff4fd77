--TEST--
integer multiplication overflows to float
--SKIPIF--
<?php if (PHP_INT_SIZE != 8) die("skip 64-bit integers only"); ?>
--FILE--
<?php
var_dump(4611686018427387904 * 2);
var_dump(3037000499 * 3037000499);
var_dump(3037000500 * 3037000500);
var_dump(-PHP_INT_MAX * 2);
--EXPECT--
float(9.223372036854776E+18)
int(9223372030926249001)
float(9.22337203700025E+18)
float(-1.8446744073709552E+19)
