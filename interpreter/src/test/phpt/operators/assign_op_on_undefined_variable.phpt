--TEST--
compound assignment on an undefined variable warns and treats it as null
--FILE--
<?php
$sum += 5;
var_dump($sum);
$str .= "x";
var_dump($str);
--EXPECTF--
Warning: Undefined variable $sum in %s on line 2
int(5)

Warning: Undefined variable $str in %s on line 4
string(1) "x"
