--TEST--
the by-reference $count of str_replace/str_ireplace and $percent of similar_text
--FILE--
<?php
$r = str_replace("o", "0", "foo boo", $n);
var_dump($r, $n);
$r = str_replace(["a", "b"], ["b", "c"], "aabb", $n);
var_dump($r, $n);
$r = str_replace("x", "y", ["ax", "bxx", "c"], $n);
var_dump($r, $n);
$r = str_ireplace("AB", "x", "abABaB", $n);
var_dump($r, $n);
$r = str_replace("abc", "d", "abc", $n);
var_dump($r, $n);
$n = "old";
str_replace("z", "y", "abc", $n);
var_dump($n);
$r = str_replace(["a", ""], "z", "banana", $cnt);
var_dump($r, $cnt);
function f() { str_replace("a", "b", "aaa", $c); return $c; }
var_dump(f());
$arr = ["k" => 0];
str_replace("a", "b", "aa", $arr["k"]);
var_dump($arr);
var_dump(similar_text("World", "Word", $p), $p);
var_dump(similar_text("", "", $p), $p);
var_dump(similar_text("Hello", "World", $p), $p);
$p = [1, 2];
var_dump(similar_text("abc", "abd", $p), $p);
--EXPECT--
string(7) "f00 b00"
int(4)
string(4) "cccc"
int(6)
array(3) {
  [0]=>
  string(2) "ay"
  [1]=>
  string(3) "byy"
  [2]=>
  string(1) "c"
}
int(3)
string(3) "xxx"
int(3)
string(1) "d"
int(1)
int(0)
string(6) "bznznz"
int(3)
int(3)
array(1) {
  ["k"]=>
  int(2)
}
int(4)
float(88.88888888888889)
int(0)
float(0)
int(1)
float(20)
int(2)
float(66.66666666666667)
