--TEST--
range and array_slice
--FILE--
<?php
echo implode(",", range(1, 5)), "\n";
echo implode(",", range(10, 0, 3)), "\n";
echo implode(",", range('a', 'e')), "\n";
echo implode(",", range(0, 1, 0.25)), "\n";
print_r(array_slice(['a' => 1, 5 => 2, 3, 4], 1, 2));
print_r(array_slice([1, 2, 3, 4], -2, 1, true));
--EXPECT--
1,2,3,4,5
10,7,4,1
a,b,c,d,e
0,0.25,0.5,0.75,1
Array
(
    [0] => 2
    [1] => 3
)
Array
(
    [2] => 3
)
