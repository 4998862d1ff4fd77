--TEST--
array_keys, array_values, in_array, array_key_exists, array_search
--FILE--
<?php
$a = ['x' => 10, 'y' => 20, 5 => 10];
var_dump(array_keys($a), array_values($a));
var_dump(in_array("10", $a), in_array("10", $a, true), array_search(10, $a), array_key_exists(5, $a), array_key_exists("5", $a));
--EXPECT--
array(3) {
  [0]=>
  string(1) "x"
  [1]=>
  string(1) "y"
  [2]=>
  int(5)
}
array(3) {
  [0]=>
  int(10)
  [1]=>
  int(20)
  [2]=>
  int(10)
}
bool(true)
bool(false)
string(1) "x"
bool(true)
bool(true)
