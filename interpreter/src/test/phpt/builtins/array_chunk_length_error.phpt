--TEST--
array_chunk with length 0 throws ValueError
--FILE--
<?php
$a = [1];
array_chunk($a, 0);
--EXPECTF--

Fatal error: Uncaught ValueError: array_chunk(): Argument #2 ($length) must be greater than 0 in %s:3
Stack trace:
#0 %s(3): array_chunk(Array, 0)
#1 {main}
  thrown in %s on line 3
