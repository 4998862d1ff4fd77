--TEST--
hex2bin() warns and returns false for odd lengths and non-hex digits
--FILE--
<?php
var_dump(hex2bin("6a6B"));
var_dump(hex2bin("abc"));
var_dump(hex2bin("zz"));
var_dump(hex2bin("0g"));
--EXPECTF--
string(2) "jk"

Warning: hex2bin(): Hexadecimal input string must have an even length in %s on line 3
bool(false)

Warning: hex2bin(): Input string must be hexadecimal string in %s on line 4
bool(false)

Warning: hex2bin(): Input string must be hexadecimal string in %s on line 5
bool(false)
