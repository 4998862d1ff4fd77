--TEST--
array_column: a column, keyed by another column, whole rows, missing entries skipped
--FILE--
<?php
$rows = [
    ['id' => 3, 'name' => 'c', 'tag' => 'x'],
    ['id' => 1, 'name' => 'a'],
    ['name' => 'nokey', 'tag' => 'y'],
    'not an array',
    ['id' => '7', 'tag' => 'z'],
];
print_r(array_column($rows, 'name'));
print_r(array_column($rows, 'name', 'id'));
print_r(array_column($rows, null, 'id'));
print_r(array_column($rows, 'tag', 'name'));
print_r(array_column([[10, 20], [30, 40, 50]], 1));
print_r(array_column([[10, 20], [30, 40]], 0, 1));
print_r(array_column([], 'x'));
--EXPECT--
Array
(
    [0] => c
    [1] => a
    [2] => nokey
)
Array
(
    [3] => c
    [1] => a
    [4] => nokey
)
Array
(
    [3] => Array
        (
            [id] => 3
            [name] => c
            [tag] => x
        )

    [1] => Array
        (
            [id] => 1
            [name] => a
        )

    [4] => Array
        (
            [name] => nokey
            [tag] => y
        )

    [5] => not an array
    [7] => Array
        (
            [id] => 7
            [tag] => z
        )

)
Array
(
    [c] => x
    [nokey] => y
    [0] => z
)
Array
(
    [0] => 20
    [1] => 40
)
Array
(
    [20] => 10
    [40] => 30
)
Array
(
)
