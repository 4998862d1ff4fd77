--TEST--
str_replace, str_ireplace (string and array forms) and substr_replace
--FILE--
<?php
var_dump(str_replace("world", "PHP", "hello world, world"));
var_dump(str_replace("o", "0", "foo boo"), str_replace("o", "", "foo"), str_replace("oo", "o", "foooo"), str_replace("x", "y", "abc"));
var_dump(str_replace("abc", "xyz", "abc"), str_replace("abc", "", "abc"), str_replace("abcd", "x", "abc"), str_replace("", "x", "abc"));
var_dump(str_replace(["a", "b", "c"], ["b", "c", "d"], "abc"));
var_dump(str_replace(["a", "b"], "-", "abcab"), str_replace(["a", "b", "c"], ["1"], "abc"), str_replace(["ab", ""], ["x", "y"], "abab"));
var_dump(str_replace("a", "b", ["x" => "aaa", 5 => "bab", 7, null]));
var_dump(str_replace(["a", "b"], ["", ""], "abab"));
var_dump(str_replace(1, 2, 1213), str_replace("1", 2.5, "a1"));
var_dump(str_ireplace("WORLD", "PHP", "Hello World, world"), str_ireplace("L", "x", "Hello"), str_ireplace(["H", "e"], ["J", "E"], "hello"), str_ireplace("ABC", "x", "abc"));
var_dump(str_ireplace("ll", "LL", ["HELLO", "hello", "no"]));
var_dump(substr_replace("Hello World", "PHP", 6), substr_replace("Hello World", "PHP", 6, 0), substr_replace("Hello World", "PHP", -5, 2), substr_replace("Hello", "X", 10), substr_replace("Hello", "X", -10, -10), substr_replace("Hello", "X", 1, -1), substr_replace("Hello", "", 0, 1), substr_replace("Hello", ["A", "B"], 0, 1), substr_replace("Hello", [], 0, 1));
var_dump(substr_replace(["abc", "k" => "defg"], "X", 1, 1));
var_dump(substr_replace(["abc", "defg", "hi"], ["1", "2"], [0, 1, 2], [1, 2]));
var_dump(substr_replace(["abc", "defg"], "Z", [-1], null));
--EXPECT--
string(14) "hello PHP, PHP"
string(7) "f00 b00"
string(1) "f"
string(3) "foo"
string(3) "abc"
string(3) "xyz"
string(0) ""
string(3) "abc"
string(3) "abc"
string(3) "ddd"
string(5) "--c--"
string(1) "1"
string(2) "xx"
array(4) {
  ["x"]=>
  string(3) "bbb"
  [5]=>
  string(3) "bbb"
  [6]=>
  string(1) "7"
  [7]=>
  string(0) ""
}
string(0) ""
string(4) "2223"
string(4) "a2.5"
string(14) "Hello PHP, PHP"
string(5) "Hexxo"
string(5) "JEllo"
string(1) "x"
array(3) {
  [0]=>
  string(5) "HELLO"
  [1]=>
  string(5) "heLLo"
  [2]=>
  string(2) "no"
}
string(9) "Hello PHP"
string(14) "Hello PHPWorld"
string(12) "Hello PHPrld"
string(6) "HelloX"
string(6) "XHello"
string(3) "HXo"
string(4) "ello"
string(5) "Aello"
string(4) "ello"
array(2) {
  [0]=>
  string(3) "aXc"
  ["k"]=>
  string(4) "dXfg"
}
array(3) {
  [0]=>
  string(3) "1bc"
  [1]=>
  string(3) "d2g"
  [2]=>
  string(2) "hi"
}
array(2) {
  [0]=>
  string(3) "abZ"
  [1]=>
  string(1) "Z"
}
