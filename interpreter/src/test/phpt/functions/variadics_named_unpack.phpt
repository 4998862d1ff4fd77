--TEST--
variadics (by value, by reference, extra named), unpacking, named arguments (user and internal functions), spread and references in array literals
--FILE--
<?php
function sum(...$nums) { return array_sum($nums); }
function tagged($tag, ...$rest) { return $tag . ":" . implode(",", $rest) . ":" . count($rest); }
echo sum(), " ", sum(1), " ", sum(1, 2, 3), "\n";
echo tagged("t"), " ", tagged("t", "a", "b"), "\n";
function incAll(&...$vals) { foreach ($vals as &$v) $v++; }
$a = 1; $b = 10; incAll($a, $b); var_dump($a, $b);
function f($a, $b, $c = 'C') { return "$a-$b-$c"; }
$args = [1, 2];
echo f(...$args), "\n";
echo f(0, ...[5]), "\n";
echo f(...['b' => 'B', 'a' => 'A']), "\n";
echo f(...[1, 2], c: 'named'), "\n";
function make($name, $size = 'M', $color = 'red', $qty = 1) { return "$name/$size/$color/$qty"; }
echo make('shirt', color: 'blue'), "\n";
echo make(qty: 3, name: 'hat'), "\n";
function g($a, ...$rest) { var_dump($rest); }
g(1, 2, x: 3, y: 4);
function h($a, $b = 2) { return $a + $b; }
try { h(1, c: 3); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { h(1, a: 3); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { h(b: 3); } catch (ArgumentCountError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump([0, ...$args, ...['x' => 'X', 3 => 'three'], 9]);
$x = 1; $arr = [&$x, 2]; $copy = $arr; $x = 'via x'; var_dump($copy[0]);
echo str_pad("5", 3, pad_type: STR_PAD_LEFT, pad_string: "0"), "\n";
var_dump(array_slice([1, 2, 3, 4], 1, 2, preserve_keys: true));
$fn = fn(...$xs) => count($xs);
echo $fn(...[1, 2, 3]), "\n";
--EXPECT--
0 1 6
t::0 t:a,b:2
int(2)
int(11)
1-2-C
0-5-C
A-B-C
1-2-named
shirt/M/blue/1
hat/M/red/3
array(3) {
  [0]=>
  int(2)
  ["x"]=>
  int(3)
  ["y"]=>
  int(4)
}
Error: Unknown named parameter $c
Error: Named parameter $a overwrites previous argument
ArgumentCountError: h(): Argument #1 ($a) not passed
array(6) {
  [0]=>
  int(0)
  [1]=>
  int(1)
  [2]=>
  int(2)
  ["x"]=>
  string(1) "X"
  [3]=>
  string(5) "three"
  [4]=>
  int(9)
}
string(5) "via x"
005
array(2) {
  [1]=>
  int(2)
  [2]=>
  int(3)
}
3
