--TEST--
bitwise operators on two strings work bytewise
--FILE--
<?php
var_dump("AB" | "  ");
var_dump("ab" & "_a");
var_dump("12" ^ "ab");
var_dump(~"A" === chr(190));
var_dump("abc" & "ab");
var_dump("5" | 2);
--EXPECT--
string(2) "ab"
string(2) "A`"
string(2) "PP"
bool(true)
string(2) "ab"
int(7)
