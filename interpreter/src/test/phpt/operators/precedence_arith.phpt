--TEST--
arithmetic precedence and parentheses
--FILE--
<?php
var_dump(2 + 3 * 4, (2 + 3) * 4, 10 - 4 - 3, 100 / 10 / 5, 2 * 3 % 4, -3 % 2, 7 - -2);
--EXPECT--
int(14)
int(20)
int(3)
int(2)
int(2)
int(-1)
int(9)
