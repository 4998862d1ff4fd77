--TEST--
array_slice: offsets and lengths (negative, null, out of range), preserve_keys, string keys, holes
--FILE--
<?php
$a = ['a', 'b', 'c', 'd', 'e'];
print_r(array_slice($a, 2));
print_r(array_slice($a, -2, 1));
print_r(array_slice($a, 1, -2));
print_r(array_slice($a, 1, null, true));
print_r(array_slice($a, 0, 2, true));
print_r(array_slice($a, 10));
print_r(array_slice($a, -10, 2));
print_r(array_slice($a, 3, 0));
print_r(array_slice($a, 2, -5));
$m = [10 => 'x', 'k' => 'y', 20 => 'z', 'q' => 'w'];
print_r(array_slice($m, 1));
print_r(array_slice($m, 0, 3, true));
unset($a[1], $a[3]);
print_r(array_slice($a, 1));
print_r(array_slice($a, 1, 2, true));
var_dump(array_slice([], 0));
--EXPECT--
Array
(
    [0] => c
    [1] => d
    [2] => e
)
Array
(
    [0] => d
)
Array
(
    [0] => b
    [1] => c
)
Array
(
    [1] => b
    [2] => c
    [3] => d
    [4] => e
)
Array
(
    [0] => a
    [1] => b
)
Array
(
)
Array
(
    [0] => a
    [1] => b
)
Array
(
)
Array
(
)
Array
(
    [k] => y
    [0] => z
    [q] => w
)
Array
(
    [10] => x
    [k] => y
    [20] => z
)
Array
(
    [0] => c
    [1] => e
)
Array
(
    [2] => c
    [4] => e
)
array(0) {
}
