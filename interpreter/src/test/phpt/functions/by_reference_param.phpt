--TEST--
by-reference parameters modify the caller's variable
--FILE--
<?php
function addOne(&$x) { $x++; }
function appendTo(array &$arr, $v) { $arr[] = $v; }
$n = 1;
addOne($n);
addOne($n);
$list = [];
appendTo($list, 'a');
appendTo($list, 'b');
var_dump($n, $list);
addOne($created);
var_dump($created);
--EXPECT--
int(3)
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
}
int(1)
