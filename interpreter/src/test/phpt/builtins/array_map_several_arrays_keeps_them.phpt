--TEST--
array_map over several arrays leaves their values to them
--FILE--
<?php
// array_map over several arrays takes one more reference to each value for the call, and gives
// it back: the arrays keep their values
function s($n) { return str_repeat("s", $n); }
$a = [s(1), s(2), s(3)];
$b = [s(4), s(5)];
var_dump(array_map(fn($x, $y) => $x . $y, $a, $b));
var_dump(array_map(null, $a, $b));
var_dump($a, $b);
--EXPECT--
array(3) {
  [0]=>
  string(5) "sssss"
  [1]=>
  string(7) "sssssss"
  [2]=>
  string(3) "sss"
}
array(3) {
  [0]=>
  array(2) {
    [0]=>
    string(1) "s"
    [1]=>
    string(4) "ssss"
  }
  [1]=>
  array(2) {
    [0]=>
    string(2) "ss"
    [1]=>
    string(5) "sssss"
  }
  [2]=>
  array(2) {
    [0]=>
    string(3) "sss"
    [1]=>
    NULL
  }
}
array(3) {
  [0]=>
  string(1) "s"
  [1]=>
  string(2) "ss"
  [2]=>
  string(3) "sss"
}
array(2) {
  [0]=>
  string(4) "ssss"
  [1]=>
  string(5) "sssss"
}
