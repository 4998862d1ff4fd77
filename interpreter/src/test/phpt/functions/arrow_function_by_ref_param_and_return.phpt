--TEST--
arrow functions with typed and by-reference parameters
--FILE--
<?php
$inc = fn(int &$v): int => ++$v;
$x = 5;
echo $inc($x), " ", $x, "\n";
$strict = fn(int $v): string => $v * 2;
var_dump($strict("4"));
--EXPECT--
6 6
string(1) "8"
