--TEST--
array_replace with a non-array replacement throws TypeError
--FILE--
<?php
$a = [1];
$b = [2];
array_replace($a, $b, "x");
--EXPECTF--

Fatal error: Uncaught TypeError: array_replace(): Argument #3 must be of type array, string given in %s:4
Stack trace:
#0 %s(4): array_replace(Array, Array, 'x')
#1 {main}
  thrown in %s on line 4
