--TEST--
leading and trailing whitespace in numeric strings (PHP 8)
--FILE--
<?php
var_dump(" 5" + 1);
var_dump("5 " + 1);
var_dump("\t\n5\n" * 2);
var_dump(is_numeric(" 5 "));
--EXPECT--
int(6)
int(6)
int(10)
bool(true)
