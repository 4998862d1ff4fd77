--TEST--
-2 ** 2 is -(2 ** 2)
--FILE--
<?php
var_dump(-2 ** 2, (-2) ** 2, -2 ** -1, 2 ** -2);
--EXPECT--
int(-4)
int(4)
float(-0.5)
float(0.25)
