--TEST--
implode, chr, ord, case conversion and substr
--FILE--
<?php
var_dump(implode(",", [1, 2.5, "x", true, null]), join("-", ["a"]), chr(65), chr(321), ord("A"), ord(""), strtoupper("abc1_z"), strtolower("ABC"));
var_dump(substr("hello", 1, 3), substr("hello", -3), substr("hello", 10), substr("hello", 1, -10));
--EXPECT--
string(10) "1,2.5,x,1,"
string(1) "a"
string(1) "A"
string(1) "A"
int(65)
int(0)
string(6) "ABC1_Z"
string(3) "abc"
string(3) "ell"
string(3) "llo"
string(0) ""
string(0) ""
