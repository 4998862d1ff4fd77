--TEST--
array_rand: a key of the array, several keys in array order, string keys
--FILE--
<?php
$a = ['x' => 1, 'y' => 2, 'z' => 3];
var_dump(array_key_exists(array_rand($a), $a));
$keys = array_rand(range(10, 29), 5);
var_dump(count($keys));
$sorted = $keys;
sort($sorted);
var_dump(implode(',', $keys) === implode(',', $sorted));
var_dump(array_rand(range(1, 4), 4));
var_dump(array_rand(['only' => 1]));
var_dump(array_rand([7 => 'a'], 1));
$h = range(0, 9);
unset($h[0], $h[1], $h[2], $h[3], $h[4], $h[5], $h[6], $h[7], $h[8]);
var_dump(array_rand($h));
--EXPECT--
bool(true)
int(5)
bool(true)
array(4) {
  [0]=>
  int(0)
  [1]=>
  int(1)
  [2]=>
  int(2)
  [3]=>
  int(3)
}
string(4) "only"
int(7)
int(9)
