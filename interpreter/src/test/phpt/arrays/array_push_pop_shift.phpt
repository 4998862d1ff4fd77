--TEST--
array_push, array_pop, array_shift, array_unshift renumber int keys
--FILE--
<?php
$a = [5 => 'a', 9 => 'b', 'k' => 'c'];
var_dump(array_push($a, 'd'));
print_r($a);
var_dump(array_pop($a));
var_dump(array_shift($a));
print_r($a);
var_dump(array_unshift($a, 'z'));
print_r($a);
--EXPECT--
int(4)
Array
(
    [5] => a
    [9] => b
    [k] => c
    [10] => d
)
string(1) "d"
string(1) "a"
Array
(
    [0] => b
    [k] => c
)
int(3)
Array
(
    [0] => z
    [1] => b
    [k] => c
)
