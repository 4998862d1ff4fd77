--TEST--
utf8_encode and utf8_decode convert and are deprecated in 8.2
--FILE--
<?php
var_dump(bin2hex(utf8_encode("caf\xe9 \x80\xff")), utf8_encode(""));
var_dump(bin2hex(utf8_decode("caf\xc3\xa9 \xe2\x82\xac \xc3")), utf8_decode("ascii"));
--EXPECTF--

Deprecated: Function utf8_encode() is deprecated in %s on line 2

Deprecated: Function utf8_encode() is deprecated in %s on line 2
string(20) "636166c3a920c280c3bf"
string(0) ""

Deprecated: Function utf8_decode() is deprecated in %s on line 3

Deprecated: Function utf8_decode() is deprecated in %s on line 3
string(16) "636166e9203f203f"
string(5) "ascii"
