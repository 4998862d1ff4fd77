--TEST--
(int) casts of floats truncate toward zero; out-of-range finite values wrap modulo 2**64
--SKIPIF--
<?php if (PHP_INT_SIZE != 8) die("skip 64-bit integers only"); ?>
--FILE--
<?php
var_dump((int)3.99, (int)-3.99, (int)0.5, (int)-0.5);
var_dump((int)1e19);
var_dump((int)-1e19);
var_dump((int)9.2233720368547758E+18);
var_dump(intval(42.999));
--EXPECT--
int(3)
int(-3)
int(0)
int(0)
int(-8446744073709551616)
int(8446744073709551616)
int(-9223372036854775808)
int(42)
