--TEST--
array_chunk: chunks of a list and of a map, preserve_keys, oversized length
--FILE--
<?php
print_r(array_chunk([1, 2, 3, 4, 5], 2));
print_r(array_chunk(['a' => 1, 'b' => 2, 'c' => 3], 2, true));
print_r(array_chunk([5 => 'x', 9 => 'y'], 10, true));
print_r(array_chunk([], 3));
--EXPECT--
Array
(
    [0] => Array
        (
            [0] => 1
            [1] => 2
        )

    [1] => Array
        (
            [0] => 3
            [1] => 4
        )

    [2] => Array
        (
            [0] => 5
        )

)
Array
(
    [0] => Array
        (
            [a] => 1
            [b] => 2
        )

    [1] => Array
        (
            [c] => 3
        )

)
Array
(
    [0] => Array
        (
            [5] => x
            [9] => y
        )

)
Array
(
)
