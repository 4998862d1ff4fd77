--TEST--
pow() with a non-numeric string operand throws the ** operator's TypeError
--FILE--
<?php
var_dump(pow(2, 2));
pow("abc", 2);
--EXPECTF--
int(4)

Fatal error: Uncaught TypeError: Unsupported operand types: string ** int in %s:3
Stack trace:
#0 %s(3): pow('abc', 2)
#1 {main}
  thrown in %s on line 3
