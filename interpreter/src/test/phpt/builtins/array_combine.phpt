--TEST--
array_combine: keys from values, numeric strings become ints, later duplicates win
--FILE--
<?php
var_dump(array_combine(['a', 'b', 'c'], [1, 2, 3]));
var_dump(array_combine([1, '2', 'x', '2', 1.5, true, null], ['one', 'two', 'ex', 'TWO', 'float', 'true', 'null']));
var_dump(array_combine([], []));
$k = ['p', 'q', 'r'];
unset($k[1]);
$v = [10, 20, 30];
unset($v[0]);
var_dump(array_combine($k, $v));
--EXPECT--
array(3) {
  ["a"]=>
  int(1)
  ["b"]=>
  int(2)
  ["c"]=>
  int(3)
}
array(5) {
  [1]=>
  string(4) "true"
  [2]=>
  string(3) "TWO"
  ["x"]=>
  string(2) "ex"
  ["1.5"]=>
  string(5) "float"
  [""]=>
  string(4) "null"
}
array(0) {
}
array(2) {
  ["p"]=>
  int(20)
  ["r"]=>
  int(30)
}
