--TEST--
(int) casts of strings: leading numeric prefixes, whitespace, exponent
--FILE--
<?php
var_dump((int)"42", (int)"  42", (int)"42  ", (int)"42abc", (int)"abc42");
var_dump((int)"1e3", (int)"1.9", (int)"-0x1A", (int)"0x1A", (int)"012");
var_dump((int)"", (int)" ", (int)"+5", (int)"--5", (int)"\n7");
var_dump((int)"9999999999999999999");
var_dump((int)"-9999999999999999999");
--EXPECT--
int(42)
int(42)
int(42)
int(42)
int(0)
int(1000)
int(1)
int(0)
int(0)
int(12)
int(0)
int(0)
int(5)
int(0)
int(7)
int(9223372036854775807)
int(-9223372036854775808)
