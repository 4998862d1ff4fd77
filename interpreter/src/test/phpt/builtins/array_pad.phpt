--TEST--
array_pad: right and left padding, no-op when long enough, string keys
--FILE--
<?php
print_r(array_pad([1, 2], 4, 0));
print_r(array_pad([1, 2], -4, 0));
print_r(array_pad([1, 2, 3], 2, 0));
print_r(array_pad(['a' => 1, 5 => 2], 4, 'p'));
print_r(array_pad(['a' => 1, 5 => 2], -4, 'p'));
print_r(array_pad([], 2, null));
var_dump(count(array_pad([1, 2], 1048578, 0)));
--EXPECT--
Array
(
    [0] => 1
    [1] => 2
    [2] => 0
    [3] => 0
)
Array
(
    [0] => 0
    [1] => 0
    [2] => 1
    [3] => 2
)
Array
(
    [0] => 1
    [1] => 2
    [2] => 3
)
Array
(
    [a] => 1
    [0] => 2
    [1] => p
    [2] => p
)
Array
(
    [0] => p
    [1] => p
    [a] => 1
    [2] => 2
)
Array
(
    [0] => 
    [1] => 
)
int(1048578)
