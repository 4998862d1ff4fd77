--TEST--
first-class callables of builtins, user functions, names in variables and closures; an unknown name throws
--FILE--
<?php
$f = strlen(...);
echo $f("hello"), "\n";
function add($a, $b) { return $a + $b; }
$g = add(...);
echo $g(2, 3), "\n";
echo get_class($g), "\n";
$h = $g(...);
var_dump($h === $g);
$name = 'strtoupper';
$u = $name(...);
echo $u('abc'), "\n";
echo implode(",", array_map(intval(...), ["1", "2x"])), "\n";
$k = fn($x) => $u($x);
$m = fn() => $u(...);
echo $m()('q'), "\n";
var_dump(is_callable($f));
try { $z = nope(...); } catch (Error $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
5
5
Closure
bool(true)
ABC
1,2
Q
bool(true)
Call to undefined function nope()
