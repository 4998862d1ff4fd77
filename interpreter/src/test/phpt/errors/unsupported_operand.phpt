--TEST--
non-numeric string in arithmetic is a TypeError
--FILE--
<?php
var_dump("5 apples" + 1);
var_dump("apples" + 1);
--EXPECTF--

Warning: A non-numeric value encountered in %s on line 2
int(6)

Fatal error: Uncaught TypeError: Unsupported operand types: string + int in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
