--TEST--
array_splice: removal, replacement, negative offsets and lengths, keys renumbered, scalar replacement
--FILE--
<?php
$a = ['a', 'b', 'c', 'd', 'e'];
print_r(array_splice($a, 1, 2));
print_r($a);
$a = ['a', 'b', 'c', 'd', 'e'];
print_r(array_splice($a, -2, 1, ['X', 'Y']));
print_r($a);
$a = ['a', 'b', 'c', 'd', 'e'];
print_r(array_splice($a, 1, -1, 'S'));
print_r($a);
$a = ['a', 'b', 'c'];
print_r(array_splice($a, 3, 0, [1, 2]));
print_r($a);
$a = ['a', 'b', 'c'];
print_r(array_splice($a, 1, null));
print_r($a);
$m = ['x' => 1, 5 => 2, 'y' => 3, 9 => 4];
print_r(array_splice($m, 1, 2, ['new']));
print_r($m);
$m[] = 'tail';
print_r($m);
$a = [1, 2, 3];
print_r(array_splice($a, -10, 1));
print_r($a);
$a = [1, 2, 3];
print_r(array_splice($a, 1, 0, null));
print_r($a);
--EXPECT--
Array
(
    [0] => b
    [1] => c
)
Array
(
    [0] => a
    [1] => d
    [2] => e
)
Array
(
    [0] => d
)
Array
(
    [0] => a
    [1] => b
    [2] => c
    [3] => X
    [4] => Y
    [5] => e
)
Array
(
    [0] => b
    [1] => c
    [2] => d
)
Array
(
    [0] => a
    [1] => S
    [2] => e
)
Array
(
)
Array
(
    [0] => a
    [1] => b
    [2] => c
    [3] => 1
    [4] => 2
)
Array
(
    [0] => b
    [1] => c
)
Array
(
    [0] => a
)
Array
(
    [0] => 2
    [y] => 3
)
Array
(
    [x] => 1
    [0] => new
    [1] => 4
)
Array
(
    [x] => 1
    [0] => new
    [1] => 4
    [2] => tail
)
Array
(
    [0] => 1
)
Array
(
    [0] => 2
    [1] => 3
)
Array
(
)
Array
(
    [0] => 1
    [1] => 2
    [2] => 3
)
