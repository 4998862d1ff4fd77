--TEST--
mixing explicit keys and auto indexes
--FILE--
<?php
$a = [5 => 'a', 'b', 'k' => 'c', 'd', 2 => 'e', 'f'];
var_dump($a);
--EXPECT--
array(6) {
  [5]=>
  string(1) "a"
  [6]=>
  string(1) "b"
  ["k"]=>
  string(1) "c"
  [7]=>
  string(1) "d"
  [2]=>
  string(1) "e"
  [8]=>
  string(1) "f"
}
