--TEST--
array_push and array_pop: next free index, renumbering of the next key, empty arrays, references
--FILE--
<?php
$a = [5 => 'a', 9 => 'b', 'k' => 'c'];
var_dump(array_push($a, 'd', 'e'));
print_r($a);
var_dump(array_pop($a));
var_dump(array_pop($a));
$a[] = 'f';
print_r($a);
var_dump(array_pop($a));
var_dump(array_pop($a));
$a[] = 'g';
print_r($a);
$e = [];
var_dump(array_pop($e));
var_dump(array_push($e));
var_dump(array_push($e, [1, 2]));
var_dump($e);
$s = [1, 2, 3];
$t = $s;
array_pop($s);
var_dump(count($s), count($t));
$stack = [];
for ($i = 0; $i < 20; $i++) array_push($stack, $i * $i);
$sum = 0;
while (($v = array_pop($stack)) !== null) $sum += $v;
var_dump($sum, $stack);
--EXPECT--
int(5)
Array
(
    [5] => a
    [9] => b
    [k] => c
    [10] => d
    [11] => e
)
string(1) "e"
string(1) "d"
Array
(
    [5] => a
    [9] => b
    [k] => c
    [10] => f
)
string(1) "f"
string(1) "c"
Array
(
    [5] => a
    [9] => b
    [10] => g
)
NULL
int(0)
int(1)
array(1) {
  [0]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
}
int(2)
int(3)
int(2470)
array(0) {
}
