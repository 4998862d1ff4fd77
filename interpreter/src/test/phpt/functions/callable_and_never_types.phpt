--TEST--
callable parameters and returns (nullable, TypeError messages) and never-returning functions
--FILE--
<?php
function run(callable $c, ...$args) { return $c(...$args); }
function maybe(?callable $c = null): ?callable { return $c; }
echo run('strtoupper', 'abc'), "\n";
echo run(fn() => 'arrow'), "\n";
var_dump(maybe(), maybe('strlen'));
try { run('no_such_fn'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { run(42); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { maybe([1]); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
function fail(): never { throw new Exception("boom"); }
function wrong(): never { }
try { fail(); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
try { wrong(); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
function rc(): callable { return 'nope'; }
try { rc(); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
ABC
arrow
NULL
string(6) "strlen"
run(): Argument #1 ($c) must be of type callable, string given, called in %s on line 7
run(): Argument #1 ($c) must be of type callable, int given, called in %s on line 8
maybe(): Argument #1 ($c) must be of type ?callable, array given, called in %s on line 9
boom
wrong(): never-returning function must not implicitly return
rc(): Return value must be of type callable, string returned
