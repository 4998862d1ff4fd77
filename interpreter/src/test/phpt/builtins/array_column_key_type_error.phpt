--TEST--
array_column with an array as column key throws TypeError
--FILE--
<?php
$rows = [[1]];
$key = [];
array_column($rows, $key);
--EXPECTF--

Fatal error: Uncaught TypeError: array_column(): Argument #2 ($column_key) must be of type string|int|null, array given in %s:4
Stack trace:
#0 %s(4): array_column(Array, Array)
#1 {main}
  thrown in %s on line 4
