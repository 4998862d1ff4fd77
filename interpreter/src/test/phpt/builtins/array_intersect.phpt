--TEST--
array_intersect, array_intersect_key, array_intersect_assoc: first array's keys and order kept
--FILE--
<?php
print_r(array_intersect(['a' => 'green', 'red', 'blue', 'red'], ['b' => 'green', 'yellow', 'red']));
print_r(array_intersect([1, '1', 2, 3, '03'], ['1', 3], [3, 1, '1.0']));
print_r(array_intersect([5, 4, 3], []));
print_r(array_intersect(['x', 'y']));
print_r(array_intersect_key(['blue' => 1, 'red' => 2, 'green' => 3, 0 => 4], ['green' => 5, 'blue' => 6, '0' => 7]));
print_r(array_intersect_key(['a' => 1, 'b' => 2], ['a' => 0], ['b' => 0]));
print_r(array_intersect_assoc(['a' => 'green', 'b' => 'brown', 'c' => 'blue', 'red'], ['a' => 'green', 'b' => 'yellow', 'blue', 'red']));
--EXPECT--
Array
(
    [a] => green
    [0] => red
    [2] => red
)
Array
(
    [0] => 1
    [1] => 1
    [3] => 3
)
Array
(
)
Array
(
    [0] => x
    [1] => y
)
Array
(
    [blue] => 1
    [green] => 3
    [0] => 4
)
Array
(
)
Array
(
    [a] => green
)
