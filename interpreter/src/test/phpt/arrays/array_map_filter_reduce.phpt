--TEST--
array_map, array_filter, array_reduce with closures
--FILE--
<?php
$a = [1, 2, 3, 4, 5];
print_r(array_map(fn($x) => $x * $x, $a));
print_r(array_filter($a, fn($x) => $x % 2));
print_r(array_filter([0, 1, '', 'a', null, '0', []]));
var_dump(array_reduce($a, fn($c, $x) => $c + $x, 0));
print_r(array_map(null, [1, 2], ['a', 'b']));
--EXPECT--
Array
(
    [0] => 1
    [1] => 4
    [2] => 9
    [3] => 16
    [4] => 25
)
Array
(
    [0] => 1
    [2] => 3
    [4] => 5
)
Array
(
    [1] => 1
    [3] => a
)
int(15)
Array
(
    [0] => Array
        (
            [0] => 1
            [1] => a
        )

    [1] => Array
        (
            [0] => 2
            [1] => b
        )

)
