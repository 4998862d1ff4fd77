--TEST--
max() and min() over arguments and arrays with PHP 8 comparison rules
--FILE--
<?php
var_dump(max(1, "2", 3.5), max([1, 5, 3]), min("apple", "banana"), max("abc", 0), min("abc", 0));
var_dump(max("10", "9"), max("10", "9a"), max(1, "1"), max("1", 1), max(true, 2), max(null, false), min(null, -1));
var_dump(min(-INF, INF), max(NAN, 1), max(1, NAN), max(0, -0.0), min([0 => 'a'], [0 => 'b']));
var_dump(max([1, 2], [3]), max([1, 2, 3], [1, 2, 4]), max(['a' => 1], ['b' => 2]), max(1, [0]), min("abc", []));
var_dump(max(['x' => 7, 'y' => 9, 'z' => 9]), min([3 => -1, 1 => -1.0]), max([[1], [1, 0]]));
--EXPECT--
float(3.5)
int(5)
string(5) "apple"
string(3) "abc"
int(0)
string(2) "10"
string(2) "9a"
int(1)
string(1) "1"
bool(true)
NULL
NULL
float(-INF)
int(1)
float(NAN)
int(0)
array(1) {
  [0]=>
  string(1) "a"
}
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(4)
}
array(1) {
  ["b"]=>
  int(2)
}
array(1) {
  [0]=>
  int(0)
}
string(3) "abc"
int(9)
int(-1)
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(0)
}
