--TEST--
writing string offsets: replace, pad with spaces, only first byte used
--FILE--
<?php
$s = "abc";
$s[1] = "X";
var_dump($s);
$s[5] = "!";
var_dump($s);
$s[-1] = "?";
var_dump($s);
$s[0] = "long";
var_dump($s);
--EXPECTF--
string(3) "aXc"
string(6) "aXc  !"
string(6) "aXc  ?"

Warning: Only the first byte will be assigned to the string offset in %s on line 9
string(6) "lXc  ?"
