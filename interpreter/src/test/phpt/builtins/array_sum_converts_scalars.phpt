--TEST--
array_sum converts each scalar to a number silently (8.2), skipping arrays
--FILE--
<?php
var_dump(array_sum(["xxx", "3 apples"]));
var_dump(array_sum([1, "2x", null, true, 1.5, "abc", [1]]));
var_dump(array_sum(["1e3", " 5", "0x1A"]));
var_dump(array_sum([PHP_INT_MAX, 1]));
$x = 4;
$a = [&$x, "6"];
var_dump(array_sum($a));
--EXPECT--
int(3)
float(5.5)
float(1005)
float(9.223372036854776E+18)
int(10)
