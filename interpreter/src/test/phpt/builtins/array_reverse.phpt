--TEST--
array_reverse: list renumbered, string keys kept, preserve_keys
--FILE--
<?php
print_r(array_reverse([1, 2, 3]));
print_r(array_reverse([1, 2, 3], true));
print_r(array_reverse(['x' => 1, 5 => 'a', 'y' => 2, 9 => 'b']));
print_r(array_reverse(['x' => 1, 5 => 'a', 'y' => 2, 9 => 'b'], true));
print_r(array_reverse([]));
$h = [1, 2, 3, 4];
unset($h[2]);
print_r(array_reverse($h));
--EXPECT--
Array
(
    [0] => 3
    [1] => 2
    [2] => 1
)
Array
(
    [2] => 3
    [1] => 2
    [0] => 1
)
Array
(
    [0] => b
    [y] => 2
    [1] => a
    [x] => 1
)
Array
(
    [9] => b
    [y] => 2
    [5] => a
    [x] => 1
)
Array
(
)
Array
(
    [0] => 4
    [1] => 2
    [2] => 1
)
