--TEST--
array builtins with references in the arrays: shared references kept, lone ones copied as values
--FILE--
<?php
$x = 1;
$a = [0, 2]; $a[0] = &$x;
$b = array_merge($a, [3]);
$x = 9;
var_dump($b);
$c = array_merge([5], $a);
var_dump($c);
$s = [3, 0, 1]; $s[1] = &$x;
sort($s);
var_dump($s);
$arr = [3, 1, 2];
$r = &$arr;
sort($r);
var_dump($arr);
$st = ["k" => "v"]; $st[5] = &$x;
var_dump(array_pop($st));
var_dump(array_shift($st), $st);
$q = [1, 2, 3];
$ref = &$q[1];
print_r(array_splice($q, 0, 2));
var_dump($q);
$u = [1, 1, 2];
$w = &$u[0];
print_r(array_unique($u));
print_r(array_reverse($u));
print_r(array_slice($u, 0, 2));
print_r(array_pad($u, 4, 0));
print_r(array_fill_keys($u, 'x'));
print_r(array_flip($u));
print_r(array_diff($u, [2]));
print_r(array_intersect_key($u, [0 => 1]));
print_r(array_count_values($u));
var_dump(array_product($u));
--EXPECT--
array(3) {
  [0]=>
  &int(9)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
array(3) {
  [0]=>
  int(5)
  [1]=>
  &int(9)
  [2]=>
  int(2)
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(3)
  [2]=>
  &int(9)
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
int(9)
string(1) "v"
array(0) {
}
Array
(
    [0] => 1
    [1] => 2
)
array(1) {
  [0]=>
  int(3)
}
Array
(
    [0] => 1
    [2] => 2
)
Array
(
    [0] => 2
    [1] => 1
    [2] => 1
)
Array
(
    [0] => 1
    [1] => 1
)
Array
(
    [0] => 1
    [1] => 1
    [2] => 2
    [3] => 0
)
Array
(
    [1] => x
    [2] => x
)
Array
(
    [1] => 1
    [2] => 2
)
Array
(
    [0] => 1
    [1] => 1
)
Array
(
    [0] => 1
)
Array
(
    [1] => 2
    [2] => 1
)
int(2)
