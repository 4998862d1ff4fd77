--TEST--
dechex/decbin/decoct (two's complement for negatives), hexdec/bindec/octdec (prefixes, floats past PHP_INT_MAX), base_convert
--FILE--
<?php
var_dump(dechex(255), dechex(-1), dechex(0), decbin(10), decbin(-2), decoct(8), decoct(PHP_INT_MAX), dechex("17"));
var_dump(hexdec("ff"), hexdec("0xFF"), hexdec(" 1A "), hexdec("7fffffffffffffff"), hexdec("8000000000000000"), hexdec("fffffffffffffffff"));
var_dump(bindec("111"), bindec("0b101"), bindec(str_repeat("1", 64)), octdec("777"), octdec("0o17"), octdec(""));
var_dump(base_convert("ff", 16, 2), base_convert("zz", 36, 10), base_convert("ZZ", 36, 2), base_convert("1e", 16, 36), base_convert("ffffffffffffffffffff", 16, 10), base_convert("0", 2, 36));
--EXPECT--
string(2) "ff"
string(16) "ffffffffffffffff"
string(1) "0"
string(4) "1010"
string(64) "1111111111111111111111111111111111111111111111111111111111111110"
string(2) "10"
string(21) "777777777777777777777"
string(2) "11"
int(255)
int(255)
int(26)
int(9223372036854775807)
float(9.223372036854776E+18)
float(2.9514790517935283E+20)
int(7)
int(5)
float(1.8446744073709552E+19)
int(511)
int(15)
int(0)
string(8) "11111111"
string(4) "1295"
string(11) "10100001111"
string(1) "u"
string(25) "1208925819614629446642046"
string(1) "0"
