--TEST--
shuffle: same values, keys renumbered, string keys dropped
--FILE--
<?php
$a = range(1, 30);
var_dump(shuffle($a));
$b = $a;
sort($b);
var_dump(implode(',', $b) === implode(',', range(1, 30)), implode(',', array_keys($a)) === implode(',', range(0, 29)));
$m = ['a' => 'x', 'b' => 'y', 9 => 'z'];
shuffle($m);
sort($m);
var_dump($m);
$e = [];
var_dump(shuffle($e), $e);
$one = ['k' => 'v'];
shuffle($one);
var_dump($one);
--EXPECT--
bool(true)
bool(true)
bool(true)
array(3) {
  [0]=>
  string(1) "x"
  [1]=>
  string(1) "y"
  [2]=>
  string(1) "z"
}
bool(true)
array(0) {
}
array(1) {
  [0]=>
  string(1) "v"
}
