--TEST--
array_diff with a non-array third argument throws TypeError (variadic argument unnamed)
--FILE--
<?php
$a = [1, 2];
$b = [1];
array_diff($a, $b, 5);
--EXPECTF--

Fatal error: Uncaught TypeError: array_diff(): Argument #3 must be of type array, int given in %s:4
Stack trace:
#0 %s(4): array_diff(Array, Array, 5)
#1 {main}
  thrown in %s on line 4
