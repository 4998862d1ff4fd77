--TEST--
assigning an array into itself stores a copy
--FILE--
<?php
$a = [1, 2];
$a[] = $a;
$a[2][] = 'inner';
echo count($a), " ", count($a[2]), "\n";
print_r($a);
--EXPECT--
3 3
Array
(
    [0] => 1
    [1] => 2
    [2] => Array
        (
            [0] => 1
            [1] => 2
            [2] => inner
        )

)
