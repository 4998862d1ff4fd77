--TEST--
array_unique: first occurrence kept, each sort flag
--FILE--
<?php
print_r(array_unique([3, "3", 1, "a", "A", 1.0, "1", 3]));
print_r(array_unique(['x' => 'b', 'y' => 'a', 'z' => 'b', 5 => 'a']));
print_r(array_unique(["10", "1e1", 10, "010", 10.0], SORT_REGULAR));
print_r(array_unique(["10", "1e1", 10, "010", 10.0], SORT_NUMERIC));
print_r(array_unique(["10", "1e1", 10, "010", 10.0], SORT_STRING));
print_r(array_unique(["a", "A", "b", "B", "a"], SORT_STRING | SORT_FLAG_CASE));
print_r(array_unique(["img1", "IMG1", "img01"], SORT_NATURAL | SORT_FLAG_CASE));
print_r(array_unique([true, 1, "1", null, 0, "", false]));
print_r(array_unique([true, 1, "1", null, 0, "", false], SORT_REGULAR));
print_r(array_unique([[1], [1], [2]], SORT_REGULAR));
print_r(array_unique([]));
print_r(array_unique(['single']));
--EXPECT--
Array
(
    [0] => 3
    [2] => 1
    [3] => a
    [4] => A
)
Array
(
    [x] => b
    [y] => a
)
Array
(
    [0] => 10
)
Array
(
    [0] => 10
)
Array
(
    [0] => 10
    [1] => 1e1
    [3] => 010
)
Array
(
    [0] => a
    [2] => b
)
Array
(
    [0] => img1
    [2] => img01
)
Array
(
    [0] => 1
    [3] => 
    [4] => 0
)
Array
(
    [0] => 1
    [3] => 
)
Array
(
    [0] => Array
        (
            [0] => 1
        )

    [2] => Array
        (
            [0] => 2
        )

)
Array
(
)
Array
(
    [0] => single
)
