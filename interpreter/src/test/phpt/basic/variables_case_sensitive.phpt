--TEST--
variable names are case-sensitive
--FILE--
<?php
$a = 1;
$A = 2;
echo $a, $A, "\n";
--EXPECT--
12
