--TEST--
PHP_INT_MAX, PHP_INT_MIN, PHP_INT_SIZE
--SKIPIF--
<?php if (PHP_INT_SIZE != 8) die("skip 64-bit integers only"); ?>
--FILE--
<?php
var_dump(PHP_INT_MAX, PHP_INT_MIN, PHP_INT_SIZE);
var_dump(PHP_INT_MAX + PHP_INT_MIN);
--EXPECT--
int(9223372036854775807)
int(-9223372036854775808)
int(8)
int(-1)
