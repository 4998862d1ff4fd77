--TEST--
array_pad adding more than 1048576 elements throws ValueError
--FILE--
<?php
$a = [1, 2];
array_pad($a, -1048579, 0);
--EXPECTF--

Fatal error: Uncaught ValueError: array_pad(): Argument #2 ($length) must be less than or equal to 1048576 in %s:3
Stack trace:
#0 %s(3): array_pad(Array, -1048579, 0)
#1 {main}
  thrown in %s on line 3
