--TEST--
a float parameter given an array throws TypeError, and the array argument is freed
--FILE--
<?php
$a = [4, 9];
var_dump(sqrt($a[1]));
sqrt($a);
--EXPECTF--
float(3)

Fatal error: Uncaught TypeError: sqrt(): Argument #1 ($num) must be of type float, array given in %s:4
Stack trace:
#0 %s(4): sqrt(Array)
#1 {main}
  thrown in %s on line 4
