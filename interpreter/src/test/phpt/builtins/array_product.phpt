--TEST--
array_product: ints until overflow, numeric strings, arrays skipped, empty array
--FILE--
<?php
var_dump(array_product([2, 3, 4]));
var_dump(array_product([]));
var_dump(array_product(['2', '1.5', 4]));
var_dump(array_product([PHP_INT_MAX, 2]));
var_dump(array_product([2, [5], true]));
var_dump(array_product([3, null]));
var_dump(array_product([3, 'abc']));
var_dump(array_product([-2, 2.5]));
--EXPECT--
int(24)
int(1)
float(12)
float(1.8446744073709552E+19)
int(2)
int(0)
int(0)
float(-5)
