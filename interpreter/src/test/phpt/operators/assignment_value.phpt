--TEST--
assignment is an expression returning the assigned value
--FILE--
<?php
$a = ($b = 5) + 1;
var_dump($a, $b);
$x = $y = $z = "same";
var_dump($x, $y, $z);
if ($n = 0) { echo "not here\n"; } else { echo "n is $n\n"; }
--EXPECT--
int(6)
int(5)
string(4) "same"
string(4) "same"
string(4) "same"
n is 0
