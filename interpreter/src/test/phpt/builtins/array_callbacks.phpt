--TEST--
array_map (one array, several, null), array_filter modes, array_reduce, array_walk by reference, call_user_func(_array), is_callable
--FILE--
<?php
var_dump(array_map(fn($x) => $x * 2, [1, 2, 3]));
var_dump(array_map(null, [1, 2], ['a', 'b']));
var_dump(array_map(fn($a, $b) => $a . $b, [1, 2, 3], ['x', 'y']));
var_dump(array_map('strtoupper', ['k' => 'a', 'm' => 'b']));
var_dump(array_filter([1, 0, 2, null, 3]));
var_dump(array_filter(['a' => 1, 'b' => 2, 'c' => 3], fn($k) => $k != 'b', ARRAY_FILTER_USE_KEY));
var_dump(array_filter([1, 2, 3, 4], fn($v, $k) => $v % 2 == 0 && $k > 1, ARRAY_FILTER_USE_BOTH));
var_dump(array_reduce([1, 2, 3, 4], fn($c, $i) => $c + $i, 10));
$arr = [1, 2, 3];
array_walk($arr, function (&$v, $k, $m) { $v = $v * $m + $k; }, 10);
var_dump($arr);
echo call_user_func('str_repeat', 'ab', 3), "\n";
echo call_user_func_array(fn($a, $b) => $a - $b, [10, 3]), "\n";
var_dump(is_callable('strlen'), is_callable('nope'), is_callable(fn() => 1));
try { array_map('nope', [1]); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
array(3) {
  [0]=>
  int(2)
  [1]=>
  int(4)
  [2]=>
  int(6)
}
array(2) {
  [0]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    string(1) "a"
  }
  [1]=>
  array(2) {
    [0]=>
    int(2)
    [1]=>
    string(1) "b"
  }
}
array(3) {
  [0]=>
  string(2) "1x"
  [1]=>
  string(2) "2y"
  [2]=>
  string(1) "3"
}
array(2) {
  ["k"]=>
  string(1) "A"
  ["m"]=>
  string(1) "B"
}
array(3) {
  [0]=>
  int(1)
  [2]=>
  int(2)
  [4]=>
  int(3)
}
array(2) {
  ["a"]=>
  int(1)
  ["c"]=>
  int(3)
}
array(1) {
  [3]=>
  int(4)
}
int(20)
array(3) {
  [0]=>
  int(10)
  [1]=>
  int(21)
  [2]=>
  int(32)
}
ababab
7
bool(true)
bool(false)
bool(true)
array_map(): Argument #1 ($callback) must be a valid callback or null, function "nope" not found or invalid function name
