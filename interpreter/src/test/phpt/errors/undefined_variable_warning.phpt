--TEST--
reading an undefined variable: Warning and null
--FILE--
<?php
echo "a" . $x . "b\n";
var_dump($y);
$z = $undefined + 1;
var_dump($z);
--EXPECTF--
Warning: Undefined variable $x in %s on line 2
ab

Warning: Undefined variable $y in %s on line 3
NULL

Warning: Undefined variable $undefined in %s on line 4
int(1)
