--TEST--
unary + on a non-numeric string is a TypeError reported as "string * int"
--FILE--
<?php
echo "before\n";
$e = "";
var_dump(+$e);
--EXPECTF--
before

Fatal error: Uncaught TypeError: Unsupported operand types: string * int in %s:4
Stack trace:
#0 {main}
  thrown in %s on line 4
