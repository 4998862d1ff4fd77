--TEST--
precedence: ** binds tighter than unary minus, . is below +
--FILE--
<?php
var_dump(-2 ** 2, 2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, 10 - 4 - 3);
echo "sum: " . 1 + 2, "\n";
--EXPECT--
int(-4)
int(14)
int(20)
int(512)
int(3)
sum: 3
