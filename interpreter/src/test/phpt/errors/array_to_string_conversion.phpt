--TEST--
array to string conversion warns and gives "Array"
--FILE--
<?php
$a = [1];
echo $a, "\n";
$s = "x" . $a;
var_dump($s);
--EXPECTF--
Warning: Array to string conversion in %s on line 3
Array

Warning: Array to string conversion in %s on line 4
string(6) "xArray"
