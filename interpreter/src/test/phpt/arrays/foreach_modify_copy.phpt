--TEST--
foreach by value iterates over a snapshot while the array is modified
--FILE--
<?php
$a = [1, 2, 3];
foreach ($a as $k => $v) {
    if ($k == 0) { $a[] = 4; $a[1] = 'changed'; }
    echo $v, " ";
}
echo "\n", count($a), "\n";
--EXPECT--
1 2 3 
4
