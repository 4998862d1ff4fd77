--TEST--
strtr with from/to strings and with a replacement array (longest match first)
--FILE--
<?php
var_dump(strtr("Hi all, I said hello", "ai", "eo"), strtr("abc", "ab", "xyz"), strtr("abc", "", "x"), strtr("abc", "a", "a"), strtr("", "a", "b"));
var_dump(strtr("Hi all, I said hello", ["Hi" => "Hello", "hello" => "hi", "said" => "say"]));
var_dump(strtr("abc", ["a" => "b", "b" => "a"]), strtr("aaa", ["a" => "b", "aa" => "c"]), strtr("abc", []), strtr("abc", ["x" => "y"]), strtr("123", [1 => "one", 23 => "twenty-three"]));
var_dump(strtr("abc", ["ab" => "X"]), strtr("abc", ["abcd" => "X"]), strtr("abcabc", ["bc" => 1]));
var_dump(strtr("abc", ["" => "x"]));
var_dump(strtr("abc", ["" => "x", "a" => "y"]));
--EXPECTF--
string(20) "Ho ell, I seod hello"
string(3) "xyc"
string(3) "abc"
string(3) "abc"
string(0) ""
string(19) "Hello all, I say hi"
string(3) "bac"
string(2) "cb"
string(3) "abc"
string(3) "abc"
string(15) "onetwenty-three"
string(2) "Xc"
string(3) "abc"
string(4) "a1a1"

Warning: strtr(): Ignoring replacement of empty string in %s on line 6
string(3) "abc"

Warning: strtr(): Ignoring replacement of empty string in %s on line 7
string(3) "ybc"
