--TEST--
swapping variables with destructuring
--FILE--
<?php
$a = 1; $b = 2;
[$a, $b] = [$b, $a];
var_dump($a, $b);
--EXPECT--
int(2)
int(1)
