--TEST--
explode with positive, zero and negative limits
--FILE--
<?php
var_dump(explode(",", "a,b,,c"), explode(",", "a,b,c", 2), explode(",", "a,b,c", -1), explode(",", "a,b,c", -3), explode(",", "a,b,c", 0), explode(",", "abc"), explode(",", "abc", -1), explode(",", ""), explode(",", "", -1), explode("::", "x::y::z"), explode(",", ",a,"), explode(", ", "a, b, c", 1));
var_dump(implode(",", explode(" ", "the quick brown fox")));
--EXPECT--
array(4) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(0) ""
  [3]=>
  string(1) "c"
}
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(3) "b,c"
}
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
}
array(0) {
}
array(1) {
  [0]=>
  string(5) "a,b,c"
}
array(1) {
  [0]=>
  string(3) "abc"
}
array(0) {
}
array(1) {
  [0]=>
  string(0) ""
}
array(0) {
}
array(3) {
  [0]=>
  string(1) "x"
  [1]=>
  string(1) "y"
  [2]=>
  string(1) "z"
}
array(3) {
  [0]=>
  string(0) ""
  [1]=>
  string(1) "a"
  [2]=>
  string(0) ""
}
array(1) {
  [0]=>
  string(7) "a, b, c"
}
string(19) "the,quick,brown,fox"
