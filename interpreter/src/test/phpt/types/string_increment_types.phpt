--TEST--
numeric strings stay strings until used in arithmetic
--FILE--
<?php
$s = "5";
var_dump($s);
var_dump($s + 0);
var_dump($s . 0);
var_dump("1.0" + 1);
var_dump("0x10" == 16);
var_dump("1e2" + 0);
--EXPECT--
string(1) "5"
int(5)
string(2) "50"
float(2)
bool(false)
float(100)
