--TEST--
foreach by reference modifies the array
--FILE--
<?php
$a = [1, 2, 3];
foreach ($a as &$v) {
    $v = $v * 2;
}
unset($v);
print_r($a);
--EXPECT--
Array
(
    [0] => 2
    [1] => 4
    [2] => 6
)
