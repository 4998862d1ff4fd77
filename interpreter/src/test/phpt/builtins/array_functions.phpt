--TEST--
array_keys, array_values, in_array, array_search, array_key_* and array_sum
--FILE--
<?php
$a = ['x'=>1, 'y'=>2, 3, 'z'=>'4'];
var_dump(array_keys($a), array_values($a), in_array('4', $a), in_array(4, $a, true), array_search(2, $a));
var_dump(array_key_exists('y', $a), array_sum($a), array_key_first($a), array_key_last($a));
--EXPECT--
array(4) {
  [0]=>
  string(1) "x"
  [1]=>
  string(1) "y"
  [2]=>
  int(0)
  [3]=>
  string(1) "z"
}
array(4) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
  [3]=>
  string(1) "4"
}
bool(true)
bool(false)
string(1) "y"
bool(true)
int(10)
string(1) "x"
string(1) "z"
