--TEST--
current, key, next, prev, reset, end, pos: the internal pointer, separation, holes, past the end
--FILE--
<?php
$a = ['x' => 1, 'y' => 2, 5 => 3];
var_dump(current($a), key($a));
var_dump(next($a), key($a));
var_dump(next($a), key($a));
var_dump(next($a), key($a), current($a));
var_dump(next($a), prev($a));
var_dump(end($a), key($a));
var_dump(prev($a), key($a));
var_dump(reset($a), key($a), pos($a));
$e = [];
var_dump(current($e), key($e), next($e), prev($e), reset($e), end($e));
$f = [false, null, 0];
var_dump(current($f), next($f), next($f), next($f));
$h = [1, 2, 3, 4];
unset($h[0], $h[3]);
var_dump(current($h), key($h), end($h), key($h));
$b = [10, 20, 30];
next($b);
$c = $b;
next($b);
var_dump(current($b), current($c));
$stack = [1, 2, 3];
array_pop($stack);
var_dump(current($stack));
end($stack);
$stack[] = 9;
var_dump(current($stack), key($stack));
sort($stack);
var_dump(key($stack));
while (($v = current($b)) !== false) { echo $v, "\n"; next($b); }
$n = 5;
try { next($n); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { current("s"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
int(1)
string(1) "x"
int(2)
string(1) "y"
int(3)
int(5)
bool(false)
NULL
bool(false)
bool(false)
bool(false)
int(3)
int(5)
int(2)
string(1) "y"
int(1)
string(1) "x"
int(1)
bool(false)
NULL
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
NULL
int(0)
bool(false)
int(2)
int(1)
int(3)
int(2)
int(30)
int(20)
int(1)
int(2)
int(1)
int(0)
30
next(): Argument #1 ($array) must be of type array, int given
current(): Argument #1 ($array) must be of type array, string given
