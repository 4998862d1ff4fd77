--TEST--
array_shift and array_unshift renumber integer keys and keep string keys
--FILE--
<?php
$a = [5 => 'a', 9 => 'b', 'k' => 'c', 2 => 'd'];
var_dump(array_shift($a));
print_r($a);
$a[] = 'next';
print_r($a);
var_dump(array_unshift($a, 'z', 'y'));
print_r($a);
$p = [1, 2, 3];
var_dump(array_shift($p));
$p[] = 4;
print_r($p);
$q = ['x' => 1];
var_dump(array_shift($q), $q);
var_dump(array_shift($q));
$r = [];
var_dump(array_unshift($r, 'only'), $r);
$h = [1, 2, 3, 4];
unset($h[0]);
var_dump(array_shift($h));
print_r($h);
--EXPECT--
string(1) "a"
Array
(
    [0] => b
    [k] => c
    [1] => d
)
Array
(
    [0] => b
    [k] => c
    [1] => d
    [2] => next
)
int(6)
Array
(
    [0] => z
    [1] => y
    [2] => b
    [k] => c
    [3] => d
    [4] => next
)
int(1)
Array
(
    [0] => 2
    [1] => 3
    [2] => 4
)
int(1)
array(0) {
}
NULL
int(1)
array(1) {
  [0]=>
  string(4) "only"
}
int(2)
Array
(
    [0] => 3
    [1] => 4
)
