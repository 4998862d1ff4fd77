--TEST--
integer addition overflows to float
--SKIPIF--
<?php if (PHP_INT_SIZE != 8) die("skip 64-bit integers only"); ?>
--FILE--
<?php
$x = PHP_INT_MAX;
var_dump($x);
var_dump($x + 1);
var_dump(PHP_INT_MIN - 1);
var_dump(-PHP_INT_MAX - 1);
var_dump(PHP_INT_MAX + 1 == (float)PHP_INT_MAX);
--EXPECT--
int(9223372036854775807)
float(9.223372036854776E+18)
float(-9.223372036854776E+18)
int(-9223372036854775808)
bool(true)
