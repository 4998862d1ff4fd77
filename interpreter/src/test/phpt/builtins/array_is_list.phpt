--TEST--
array_is_list: packed, with holes, reordered keys, string keys, empty
--FILE--
<?php
var_dump(array_is_list([]));
var_dump(array_is_list([1, 2, 3]));
var_dump(array_is_list([1 => 'a', 0 => 'b']));
var_dump(array_is_list(['a' => 1]));
$a = [1, 2, 3];
unset($a[2]);
var_dump(array_is_list($a));
unset($a[0]);
var_dump(array_is_list($a));
$b = [];
$b[0] = 'x';
$b['k'] = 'y';
unset($b['k']);
var_dump(array_is_list($b));
--EXPECT--
bool(true)
bool(true)
bool(false)
bool(false)
bool(true)
bool(false)
bool(true)
