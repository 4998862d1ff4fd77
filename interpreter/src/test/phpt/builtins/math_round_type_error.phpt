--TEST--
round() of a non-numeric string is a TypeError for int|float
--FILE--
<?php
echo floor("12"), "\n";
round("12 apples");
--EXPECTF--
12

Fatal error: Uncaught TypeError: round(): Argument #1 ($num) must be of type int|float, string given in %s:3
Stack trace:
#0 %s(3): round('12 apples')
#1 {main}
  thrown in %s on line 3
