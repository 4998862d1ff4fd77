--TEST--
json_encode() of scalars and strings: escaping, unicode escapes, slashes, HEX_* flags, NUMERIC_CHECK
--FILE--
<?php
var_dump(json_encode(null), json_encode(true), json_encode(false), json_encode(0), json_encode(PHP_INT_MIN), json_encode(1.0), json_encode(1.0, JSON_PRESERVE_ZERO_FRACTION));
var_dump(json_encode(0.1), json_encode(-0.0), json_encode(1e25), json_encode(1.5e-9), json_encode(""), json_encode("a/b"), json_encode("a/b", JSON_UNESCAPED_SLASHES));
var_dump(json_encode("q\"b\\s\n\r\t\x08\x0c\x01\x1f\x7f"));
var_dump(json_encode("\u{e9}\u{20ac}\u{1F600}"), json_encode("\u{2028}\u{2029}", JSON_UNESCAPED_UNICODE));
var_dump(strlen(json_encode("\u{e9}\u{20ac}", JSON_UNESCAPED_UNICODE)), strlen(json_encode("\u{2028}", JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_LINE_TERMINATORS)));
var_dump(json_encode("<a href='x'>&</a>\"", JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT));
var_dump(json_encode(["12", "1.5", "abc", "1e3", " 7", "0x1A", ""], JSON_NUMERIC_CHECK));
--EXPECT--
string(4) "null"
string(4) "true"
string(5) "false"
string(1) "0"
string(20) "-9223372036854775808"
string(1) "1"
string(3) "1.0"
string(3) "0.1"
string(2) "-0"
string(7) "1.0e+25"
string(6) "1.5e-9"
string(2) """"
string(6) ""a\/b""
string(5) ""a/b""
string(32) ""q\"b\\s\n\r\t\b\f\u0001\u001f""
string(26) ""\u00e9\u20ac\ud83d\ude00""
string(14) ""\u2028\u2029""
int(7)
int(5)
string(61) ""\u003Ca href=\u0027x\u0027\u003E\u0026\u003C\/a\u003E\u0022""
string(31) "[12,1.5,"abc",1000,7,"0x1A",""]"
