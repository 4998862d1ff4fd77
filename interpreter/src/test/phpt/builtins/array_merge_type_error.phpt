--TEST--
array_merge with a non-array argument throws TypeError (variadic argument unnamed)
--FILE--
<?php
$a = [1];
$b = [2];
var_dump(array_merge($a, $b, 3));
--EXPECTF--

Fatal error: Uncaught TypeError: array_merge(): Argument #3 must be of type array, int given in %s:4
Stack trace:
#0 %s(4): array_merge(Array, Array, 3)
#1 {main}
  thrown in %s on line 4
