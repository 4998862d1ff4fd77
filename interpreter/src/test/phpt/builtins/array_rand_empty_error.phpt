--TEST--
array_rand of an empty array throws ValueError
--FILE--
<?php
$e = [];
array_rand($e);
--EXPECTF--

Fatal error: Uncaught ValueError: array_rand(): Argument #1 ($array) cannot be empty in %s:3
Stack trace:
#0 %s(3): array_rand(Array)
#1 {main}
  thrown in %s on line 3
