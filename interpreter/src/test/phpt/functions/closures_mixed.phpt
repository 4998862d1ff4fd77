--TEST--
closures: use by value and reference, static inside closures, arrow functions and nesting, variable functions, recursion through a reference
--FILE--
<?php
$x = 10;
$add = function ($a) use ($x) { return $a + $x; };
echo $add(5), "\n";
$counter = function () { static $n = 0; return ++$n; };
echo $counter(), $counter(), $counter(), "\n";
$total = 0;
$acc = function ($v) use (&$total) { $total += $v; };
$acc(3); $acc(4);
echo $total, "\n";
$mul = fn($a) => $a * $x;
echo $mul(3), "\n";
$nested = fn($a) => fn($b) => $a + $b + $x;
echo $nested(1)(2), "\n";
$f = 'strtoupper';
echo $f('abc'), "\n";
function twice($v) { return $v * 2; }
$g = 'twice';
echo $g(21), "\n";
$inc = function (&$v) { $v++; };
$q = 1; $inc($q); echo $q, "\n";
$fact = function ($n) use (&$fact) { return $n <= 1 ? 1 : $n * $fact($n - 1); };
echo $fact(10), "\n";
var_dump($add instanceof Closure);
$x = 99;
echo $add(1), " ", $mul(1), "\n";
$un = fn() => $undefinedVar ?? 'default';
echo $un(), "\n";
try { $nope = 'nope_function'; $nope(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
15
123
7
30
13
ABC
42
2
3628800
bool(true)
11 10
default
Call to undefined function nope_function()
