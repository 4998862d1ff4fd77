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
