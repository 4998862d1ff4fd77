--TEST--
named extra arguments are collected by a variadic with string keys
--FILE--
<?php
function f($a, ...$rest) { var_dump($rest); }
f(1, 2, x: 3, y: 4);
--EXPECT--
array(3) {
  [0]=>
  int(2)
  ["x"]=>
  int(3)
  ["y"]=>
  int(4)
}
