--TEST--
array elements that are references are read through them
--FILE--
<?php
$a = ["x1", "y2", 3];
$r = &$a[0];
$k = &$a[2];
var_dump(str_replace("x", "X", $a), implode("-", $a), vsprintf("%s|%s|%d", $a), substr_replace($a, "_", 0, 1), strtr("x1 y2", [$a[0] => "one"]));
$one = ["only"];
$o = &$one[0];
var_dump(implode(",", $one), str_replace(["o"], $one, "foo"));
--EXPECT--
array(3) {
  [0]=>
  string(2) "X1"
  [1]=>
  string(2) "y2"
  [2]=>
  string(1) "3"
}
string(7) "x1-y2-3"
string(7) "x1|y2|3"
array(3) {
  [0]=>
  string(2) "_1"
  [1]=>
  string(2) "_2"
  [2]=>
  string(1) "_"
}
string(6) "one y2"
string(4) "only"
string(9) "fonlyonly"
