--TEST--
array_fill past PHP_INT_MAX throws Error (next element occupied)
--FILE--
<?php
array_fill(PHP_INT_MAX, 2, 'x');
--EXPECTF--

Fatal error: Uncaught Error: Cannot add element to the array as the next element is already occupied in %s:2
Stack trace:
#0 %s(2): array_fill(9223372036854775807, 2, 'x')
#1 {main}
  thrown in %s on line 2
