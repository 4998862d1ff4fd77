--TEST--
array_fill: packed from a small start, hash otherwise, negative start keys
--FILE--
<?php
var_dump(array_fill(0, 3, 'v'));
var_dump(array_fill(5, 2, [1]));
var_dump(array_fill(2, 3, null));
var_dump(array_fill(-3, 3, 0));
var_dump(array_fill(100, 0, 'x'));
var_dump(array_fill(PHP_INT_MAX, 1, 'last'));
--EXPECT--
array(3) {
  [0]=>
  string(1) "v"
  [1]=>
  string(1) "v"
  [2]=>
  string(1) "v"
}
array(2) {
  [5]=>
  array(1) {
    [0]=>
    int(1)
  }
  [6]=>
  array(1) {
    [0]=>
    int(1)
  }
}
array(3) {
  [2]=>
  NULL
  [3]=>
  NULL
  [4]=>
  NULL
}
array(3) {
  [-3]=>
  int(0)
  [-2]=>
  int(0)
  [-1]=>
  int(0)
}
array(0) {
}
array(1) {
  [9223372036854775807]=>
  string(4) "last"
}
