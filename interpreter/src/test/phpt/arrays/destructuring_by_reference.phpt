--TEST--
destructuring by reference [&$x]
--FILE--
<?php
$arr = [1, [2, 3]];
[&$a, [, &$b]] = $arr;
$a = 'changed';
$b = 'also';
var_dump($arr);
--EXPECT--
array(2) {
  [0]=>
  &string(7) "changed"
  [1]=>
  array(2) {
    [0]=>
    int(2)
    [1]=>
    &string(4) "also"
  }
}
