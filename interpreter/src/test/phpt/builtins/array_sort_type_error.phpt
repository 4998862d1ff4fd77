--TEST--
sort of a non-array throws TypeError
--FILE--
<?php
$s = "str";
sort($s);
--EXPECTF--

Fatal error: Uncaught TypeError: sort(): Argument #1 ($array) must be of type array, string given in %s:3
Stack trace:
#0 %s(3): sort('str')
#1 {main}
  thrown in %s on line 3
