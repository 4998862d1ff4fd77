--TEST--
array_flip: values become keys, warning for values that cannot be keys
--FILE--
<?php
var_dump(array_flip(['a', 'b', 'c']));
var_dump(array_flip(['x' => 1, 'y' => '1', 'z' => '01', 'w' => -3]));
var_dump(array_flip([1.5, true, null, 'ok']));
var_dump(array_flip([]));
--EXPECTF--
array(3) {
  ["a"]=>
  int(0)
  ["b"]=>
  int(1)
  ["c"]=>
  int(2)
}
array(3) {
  [1]=>
  string(1) "y"
  ["01"]=>
  string(1) "z"
  [-3]=>
  string(1) "w"
}

Warning: array_flip(): Can only flip string and integer values, entry skipped in %s on line 4

Warning: array_flip(): Can only flip string and integer values, entry skipped in %s on line 4

Warning: array_flip(): Can only flip string and integer values, entry skipped in %s on line 4
array(1) {
  ["ok"]=>
  int(3)
}
array(0) {
}
