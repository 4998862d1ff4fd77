--TEST--
closures, strings and arrays of callables with array_map, usort, call_user_func(_array)
--FILE--
<?php
function double($x) { return $x * 2; }
print_r(array_map('double', [1, 2, 3]));
print_r(array_map(fn($x) => $x . '!', ['a', 'b']));
$words = ['pear', 'fig', 'banana'];
usort($words, function ($a, $b) { return strlen($a) <=> strlen($b); });
print_r($words);
echo call_user_func('double', 21), "\n";
echo call_user_func_array(fn($a, $b) => "$a+$b", [1, 2]), "\n";
echo call_user_func_array('double', ['x' => 4]), "\n";
--EXPECT--
Array
(
    [0] => 2
    [1] => 4
    [2] => 6
)
Array
(
    [0] => a!
    [1] => b!
)
Array
(
    [0] => fig
    [1] => pear
    [2] => banana
)
42
1+2
8
