--TEST--
+ - * / % ** on ints and floats
--FILE--
<?php
var_dump(7 + 3, 7 - 3, 7 * 3, 7 / 3, 7 % 3, 7 ** 3);
var_dump(1.5 + 1, 2 ** -1, 2 ** 0.5, (-8) ** (1/3), 0 ** 0);
--EXPECT--
int(10)
int(4)
int(21)
float(2.3333333333333335)
int(1)
int(343)
float(2.5)
float(0.5)
float(1.4142135623730951)
float(NAN)
int(1)
