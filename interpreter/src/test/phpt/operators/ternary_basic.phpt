--TEST--
ternary ?: and short ternary
--FILE--
<?php
var_dump(true ? "yes" : "no");
var_dump(0 ? "yes" : "no");
var_dump("val" ?: "default");
var_dump("" ?: "default");
var_dump(0 ?: null ?: "last");
--EXPECT--
string(3) "yes"
string(2) "no"
string(3) "val"
string(7) "default"
string(4) "last"
