--TEST--
array_fill_keys: keys from values (numeric strings to ints, floats and bools to strings)
--FILE--
<?php
var_dump(array_fill_keys(['a', 5, '7', 1.5, true, null, 'a'], 0));
var_dump(array_fill_keys([], 'x'));
var_dump(array_fill_keys([1, 2], [0]));
--EXPECT--
array(6) {
  ["a"]=>
  int(0)
  [5]=>
  int(0)
  [7]=>
  int(0)
  ["1.5"]=>
  int(0)
  [1]=>
  int(0)
  [""]=>
  int(0)
}
array(0) {
}
array(2) {
  [1]=>
  array(1) {
    [0]=>
    int(0)
  }
  [2]=>
  array(1) {
    [0]=>
    int(0)
  }
}
