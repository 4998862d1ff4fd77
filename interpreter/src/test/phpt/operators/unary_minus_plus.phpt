--TEST--
unary minus and plus
--FILE--
<?php
$s = "5";
var_dump(-$s, +$s, -"1.5", +"2e1", -PHP_INT_MIN, -0, -0.0);
--EXPECT--
int(-5)
int(5)
float(-1.5)
float(20)
float(9.223372036854776E+18)
int(0)
float(-0)
