--TEST--
bitwise operators and shifts
--FILE--
<?php
var_dump(6 & 3, 6 | 3, 6 ^ 3, ~6, 1 << 3, -16 >> 2, 1 << 64, 5 <=> 3, 3 <=> 5, 4 <=> 4);
--EXPECT--
int(2)
int(7)
int(5)
int(-7)
int(8)
int(-4)
int(0)
int(1)
int(-1)
int(0)
