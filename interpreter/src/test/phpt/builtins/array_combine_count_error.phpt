--TEST--
array_combine with arrays of different sizes throws ValueError
--FILE--
<?php
$k = ['a', 'b'];
$v = [1];
array_combine($k, $v);
--EXPECTF--

Fatal error: Uncaught ValueError: array_combine(): Argument #1 ($keys) and argument #2 ($values) must have the same number of elements in %s:4
Stack trace:
#0 %s(4): array_combine(Array, Array)
#1 {main}
  thrown in %s on line 4
