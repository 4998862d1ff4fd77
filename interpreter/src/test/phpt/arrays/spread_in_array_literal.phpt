--TEST--
... spread inside array literals, including string keys (8.1)
--FILE--
<?php
$a = [1, 2];
$b = ['x' => 'X', 3 => 'three'];
var_dump([0, ...$a, ...$b, 9]);
var_dump([...['k' => 1], ...['k' => 2]]);
--EXPECT--
array(6) {
  [0]=>
  int(0)
  [1]=>
  int(1)
  [2]=>
  int(2)
  ["x"]=>
  string(1) "X"
  [3]=>
  string(5) "three"
  [4]=>
  int(9)
}
array(1) {
  ["k"]=>
  int(2)
}
