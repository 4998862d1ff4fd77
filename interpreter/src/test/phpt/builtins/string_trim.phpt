--TEST--
trim, ltrim, rtrim, chop with character lists, a..z ranges and their range warnings
--FILE--
<?php
var_dump(trim("  hello  "), ltrim("  hello  "), rtrim("  hello  "), chop("abc\n"), trim("\t\n\r\0\x0Bx \x0C"), trim(""), trim("   "), trim("abc"));
var_dump(trim("xxhixx", "x"), trim("abcHIcba", "a..c"), rtrim("123abc456", "0..9"), ltrim("0012", "0"), trim("[test]", "[]"), trim("abc", ""), trim("a..b", "."));
var_dump(trim("..abc..", ".."));
var_dump(trim("abc", "z..a"));
var_dump(trim("abc", "a.."));
var_dump(trim("abcd", "a..b..c"));
var_dump(ltrim("-abc", "..-"));
var_dump(trim(123.50, "0"), trim(true, "1"));
--EXPECTF--
string(5) "hello"
string(7) "hello  "
string(7) "  hello"
string(3) "abc"
string(3) "x "
string(0) ""
string(0) ""
string(3) "abc"
string(2) "hi"
string(2) "HI"
string(6) "123abc"
string(2) "12"
string(4) "test"
string(3) "abc"
string(4) "a..b"

Warning: trim(): Invalid '..'-range, no character to the left of '..' in %s on line 4
string(3) "abc"

Warning: trim(): Invalid '..'-range, '..'-range needs to be incrementing in %s on line 5
string(2) "bc"

Warning: trim(): Invalid '..'-range, no character to the right of '..' in %s on line 6
string(2) "bc"

Warning: trim(): Invalid '..'-range in %s on line 7
string(1) "d"

Warning: ltrim(): Invalid '..'-range, no character to the left of '..' in %s on line 8
string(3) "abc"
string(5) "123.5"
string(0) ""
