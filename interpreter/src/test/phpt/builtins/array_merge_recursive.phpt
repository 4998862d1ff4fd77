--TEST--
array_merge_recursive: string keys merged into arrays, scalars collected, int keys appended
--FILE--
<?php
print_r(array_merge_recursive(['a' => 1, 'b' => ['x' => 1], 5 => 'five'], ['a' => 2, 'b' => ['x' => 2, 'y' => 3], 5 => 'six']));
print_r(array_merge_recursive(['k' => null], ['k' => 'v']));
print_r(array_merge_recursive(['k' => 'str'], ['k' => ['n' => 1]], ['k' => 'end']));
print_r(array_merge_recursive());
print_r(array_merge_recursive([1, 2], [3]));
$base = ['list' => [1]];
$copy = $base;
print_r(array_merge_recursive($base, ['list' => [2]]));
print_r($copy);
--EXPECT--
Array
(
    [a] => Array
        (
            [0] => 1
            [1] => 2
        )

    [b] => Array
        (
            [x] => Array
                (
                    [0] => 1
                    [1] => 2
                )

            [y] => 3
        )

    [0] => five
    [1] => six
)
Array
(
    [k] => Array
        (
            [0] => 
            [1] => v
        )

)
Array
(
    [k] => Array
        (
            [0] => str
            [n] => 1
            [1] => end
        )

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
Array
(
    [list] => Array
        (
            [0] => 1
            [1] => 2
        )

)
Array
(
    [list] => Array
        (
            [0] => 1
        )

)
