--TEST--
array_replace: keys kept, later arrays win, int keys not renumbered
--FILE--
<?php
print_r(array_replace([1, 2, 3], [1 => 'b'], [3 => 'd']));
print_r(array_replace(['a' => 1, 5 => 'x'], ['a' => 'A', 7 => 'y']));
print_r(array_replace(['only']));
$a = [1, 2];
$r = array_replace($a, [0 => 9]);
print_r($a);
print_r($r);
--EXPECT--
Array
(
    [0] => 1
    [1] => b
    [2] => 3
    [3] => d
)
Array
(
    [a] => A
    [5] => x
    [7] => y
)
Array
(
    [0] => only
)
Array
(
    [0] => 1
    [1] => 2
)
Array
(
    [0] => 9
    [1] => 2
)
