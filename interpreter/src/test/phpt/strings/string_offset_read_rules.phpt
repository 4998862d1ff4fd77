--TEST--
string offsets read with integer-like, trailing-data, cast and illegal offsets, in ?? as well
--FILE--
<?php
$s = "abcdef";
var_dump($s["1x"]);
var_dump($s["1x"] ?? 'n');
var_dump($s[" 2"], $s["2 "] ?? 'n', $s["1.5"] ?? 'n', isset($s["1.5"]), isset($s[" 1"]));
var_dump($s[null], $s[false], $s[2.9] ?? 'n', $s[-1], $s["-2"]);
var_dump($s[10] ?? 'n');
--EXPECTF--

Warning: Illegal string offset "1x" in %s on line 3
string(1) "b"

Warning: Illegal string offset "1x" in %s on line 4
string(1) "b"
string(1) "c"
string(1) "c"
string(1) "n"
bool(false)
bool(true)

Warning: String offset cast occurred in %s on line 6

Warning: String offset cast occurred in %s on line 6
string(1) "a"
string(1) "a"
string(1) "c"
string(1) "f"
string(1) "e"
string(1) "n"
