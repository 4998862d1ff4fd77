--TEST--
array_merge renumbers int keys, array_combine, array_flip
--FILE--
<?php
print_r(array_merge([5 => 'a', 'k' => 'b'], [5 => 'c', 'k' => 'd']));
print_r(array_combine(['x', 'y'], [1, 2]));
print_r(array_flip(['a' => 1, 'b' => 2, 'c' => 1]));
--EXPECT--
Array
(
    [0] => a
    [k] => d
    [1] => c
)
Array
(
    [x] => 1
    [y] => 2
)
Array
(
    [1] => c
    [2] => b
)
