--TEST--
Undefined array key warnings quote string keys and not int keys
--FILE--
<?php
$a = ["k" => 1];
echo $a["nope"];
echo $a[5];
echo $a["5"];
echo $a["05"];
echo $a[""];
echo $a[true];
echo $a[null];
echo "\n";
--EXPECTF--
Warning: Undefined array key "nope" in %s on line 3

Warning: Undefined array key 5 in %s on line 4

Warning: Undefined array key 5 in %s on line 5

Warning: Undefined array key "05" in %s on line 6

Warning: Undefined array key "" in %s on line 7

Warning: Undefined array key 1 in %s on line 8

Warning: Undefined array key "" in %s on line 9
