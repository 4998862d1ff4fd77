--TEST--
define, const, defined, constant
--FILE--
<?php
const A = 5;
define("B", A * 2);
var_dump(A, B, defined("A"), defined("C"), constant("B"), constant("PHP_INT_SIZE"));
var_dump(define("A", 1));
const S = "str";
echo S . B, "\n";
--EXPECTF--
int(5)
int(10)
bool(true)
bool(false)
int(10)
int(8)

Warning: Constant A already defined in %s on line 5
bool(false)
str10
