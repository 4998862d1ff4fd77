--TEST--
& | ^ ~ << >> on ints
--FILE--
<?php
var_dump(12 & 10, 12 | 10, 12 ^ 10, ~12, 1 << 3, -16 >> 2, 1 << 63, 1 << 64, PHP_INT_MIN >> 63);
--EXPECT--
int(8)
int(14)
int(6)
int(-13)
int(8)
int(-4)
int(-9223372036854775808)
int(0)
int(-1)
