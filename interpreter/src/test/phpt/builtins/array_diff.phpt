--TEST--
array_diff, array_diff_key, array_diff_assoc: string comparison, keys kept
--FILE--
<?php
print_r(array_diff(['a', 'b', 'c', 'b', 1, '1.0'], ['b'], [1]));
print_r(array_diff(['x' => 'red', 'y' => 'green'], []));
print_r(array_diff(['only'], ['other'], ['only']));
print_r(array_diff(['only'], ['other']));
print_r(array_diff([], [1]));
print_r(array_diff([1.5, true, null, 0], ['1.5', '1', '']));
print_r(array_diff_key(['a' => 1, 'b' => 2, 0 => 3, 1 => 4], ['a' => 9, '1' => 9]));
print_r(array_diff_key(['a' => 1, 'b' => 2], ['c' => 1], ['b' => 1]));
print_r(array_diff_assoc(['a' => 'g', 'b' => 'br', 0 => 'r', 1 => '1'], ['a' => 'g', 'B' => 'br', 0 => 'y', 1 => 1]));
--EXPECT--
Array
(
    [0] => a
    [2] => c
    [5] => 1.0
)
Array
(
    [x] => red
    [y] => green
)
Array
(
)
Array
(
    [0] => only
)
Array
(
)
Array
(
    [3] => 0
)
Array
(
    [b] => 2
    [0] => 3
)
Array
(
    [a] => 1
)
Array
(
    [b] => br
    [0] => r
)
