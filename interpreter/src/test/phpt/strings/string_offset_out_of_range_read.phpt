--TEST--
reading past the end of a string warns "Uninitialized string offset"
--FILE--
<?php
$s = "abc";
var_dump($s[3]);
var_dump($s[-4]);
var_dump(isset($s[3]), isset($s[2]), $s[10] ?? "default");
--EXPECTF--
Warning: Uninitialized string offset 3 in %s on line 3
string(0) ""

Warning: Uninitialized string offset -4 in %s on line 4
string(0) ""
bool(false)
bool(true)
string(7) "default"
