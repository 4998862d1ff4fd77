--TEST--
compact(): names and nested arrays of names in function, main and closure scope, undefined names, bad types
--FILE--
<?php
function f() {
    $a = 1; $b = "two"; $c = [3];
    $r = &$a;
    var_dump(compact('a', 'b'), compact(['c', ['a', 'nope']], 'b'));
    var_dump(compact('zz'));
    var_dump(compact('a', 1, null, 1.5, true));
    var_dump(compact('this'));
    $n = ['b', 'c'];
    var_dump(compact($n));
}
f();
$x = 10; $y = [1,2];
var_dump(compact('x', 'y', 'argc', 'undefinedvar'));
$GLOBALS['g'] = 5;
var_dump(compact('g'));
function g() { return compact('p'); }
var_dump(g());
$f = 'compact';
try { $f('x'); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { call_user_func('compact', 'x'); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { array_map('extract', [['a'=>1]]); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$names = ['x', 'y'];
var_dump(compact(...$names));
$fn = function() { $q = 1; return compact('q', 'x'); };
var_dump($fn());
$arrow = fn() => compact('x');
var_dump($arrow());
--EXPECTF--
Warning: compact(): Undefined variable $nope in %s on line 5
array(2) {
  ["a"]=>
  int(1)
  ["b"]=>
  string(3) "two"
}
array(3) {
  ["c"]=>
  array(1) {
    [0]=>
    int(3)
  }
  ["a"]=>
  int(1)
  ["b"]=>
  string(3) "two"
}

Warning: compact(): Undefined variable $zz in %s on line 6
array(0) {
}

Warning: compact(): Argument #2 must be string or array of strings, int given in %s on line 7

Warning: compact(): Argument #3 must be string or array of strings, null given in %s on line 7

Warning: compact(): Argument #4 must be string or array of strings, float given in %s on line 7

Warning: compact(): Argument #5 must be string or array of strings, bool given in %s on line 7
array(1) {
  ["a"]=>
  int(1)
}
array(0) {
}
array(2) {
  ["b"]=>
  string(3) "two"
  ["c"]=>
  array(1) {
    [0]=>
    int(3)
  }
}

Warning: compact(): Undefined variable $undefinedvar in %s on line 14
array(3) {
  ["x"]=>
  int(10)
  ["y"]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
  ["argc"]=>
  int(1)
}
array(1) {
  ["g"]=>
  int(5)
}

Warning: compact(): Undefined variable $p in %s on line 17
array(0) {
}
Error: Cannot call compact() dynamically
Error: Cannot call extract() dynamically
array(2) {
  ["x"]=>
  int(10)
  ["y"]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
}

Warning: compact(): Undefined variable $x in %s on line 25
array(1) {
  ["q"]=>
  int(1)
}

Warning: compact(): Undefined variable $x in %s on line 27
array(0) {
}
