--TEST--
the leftover reference after foreach by reference corrupts the last element
--FILE--
<?php
$a = [1, 2, 3];
foreach ($a as &$v) {}
foreach ($a as $v) {}
print_r($a);
--EXPECT--
Array
(
    [0] => 1
    [1] => 2
    [2] => 2
)
