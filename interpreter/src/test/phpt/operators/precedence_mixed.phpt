--TEST--
precedence of comparison, bitwise and logical operators
--FILE--
<?php
var_dump(1 + 2 == 3 && 4 > 3);
var_dump(1 | 2 == 3);
var_dump((1 | 2) == 3);
var_dump(true || false && false);
var_dump(5 & 3 ^ 6 | 8);
var_dump(1 < 2 == true);
--EXPECT--
bool(true)
int(1)
bool(true)
bool(true)
int(15)
bool(true)
