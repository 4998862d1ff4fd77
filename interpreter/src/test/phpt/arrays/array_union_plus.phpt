--TEST--
+ keeps the left keys; compared with merge-like append
--FILE--
<?php
$a = ['a' => 1, 0 => 'x'];
$b = ['a' => 2, 'b' => 3, 0 => 'y', 1 => 'z'];
print_r($a + $b);
print_r($b + $a);
--EXPECT--
Array
(
    [a] => 1
    [0] => x
    [b] => 3
    [1] => z
)
Array
(
    [a] => 2
    [b] => 3
    [0] => y
    [1] => z
)
