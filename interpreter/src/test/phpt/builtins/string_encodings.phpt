--TEST--
md5, sha1, crc32, base64_encode/decode, bin2hex, hex2bin, url encoding
--FILE--
<?php
var_dump(md5(""), md5("hello"), strlen(md5("x", true)), bin2hex(md5("x", true)), sha1("hello"), sha1(""), bin2hex(sha1("abc", true)));
var_dump(crc32("The quick brown fox jumped over the lazy dog."), crc32(""), crc32("hello"));
var_dump(base64_encode("Hello, World!"), base64_encode(""), base64_encode("a"), base64_encode("ab"), base64_encode("\xff\xfe\x00"));
var_dump(base64_decode("SGVsbG8sIFdvcmxkIQ=="), base64_decode("SGVsbG8"), base64_decode("SGVs bG8=\n"), base64_decode("SGV#sbG8", true), base64_decode("SGV#sbG8"), base64_decode(""), base64_decode("YQ==", true), base64_decode("YQ=a", true));
var_dump(bin2hex("abc"), bin2hex(""), bin2hex("\x00\xff"), hex2bin("616263"), hex2bin(""), hex2bin("4A4b"));
var_dump(urlencode("a b&c=d/e?f~g.h-i_j*k"), rawurlencode("a b&c=d/e?f~g.h-i_j*k"), urlencode("\xe9\x00"), urldecode("a+b%20c%3D%zz%2"), rawurldecode("a+b%20c%41"), urldecode(""), urlencode(""));
--EXPECT--
string(32) "d41d8cd98f00b204e9800998ecf8427e"
string(32) "5d41402abc4b2a76b9719d911017c592"
int(16)
string(32) "9dd4e461268c8034f5c8564e155c67a6"
string(40) "aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d"
string(40) "da39a3ee5e6b4b0d3255bfef95601890afd80709"
string(40) "a9993e364706816aba3e25717850c26c9cd0d89d"
int(2191738434)
int(0)
int(907060870)
string(20) "SGVsbG8sIFdvcmxkIQ=="
string(0) ""
string(4) "YQ=="
string(4) "YWI="
string(4) "//4A"
string(13) "Hello, World!"
string(5) "Hello"
string(5) "Hello"
bool(false)
string(5) "Hello"
string(0) ""
string(1) "a"
bool(false)
string(6) "616263"
string(0) ""
string(4) "00ff"
string(3) "abc"
string(0) ""
string(2) "JK"
string(33) "a+b%26c%3Dd%2Fe%3Ff%7Eg.h-i_j%2Ak"
string(33) "a%20b%26c%3Dd%2Fe%3Ff~g.h-i_j%2Ak"
string(6) "%E9%00"
string(11) "a b c=%zz%2"
string(6) "a+b cA"
string(0) ""
string(0) ""
