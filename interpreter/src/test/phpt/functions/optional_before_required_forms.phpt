--TEST--
optional parameters before required ones: php's compile-time deprecation naming the last required one, not for Type $p = null nor before variadics; such parameters are required
--FILE--
<?php
echo "first\n";
function f($a = 1, $b) { return "$a $b"; }
function g(int $a = null, $b) { return 1; }
function h(?int $a = null, $b, $c = 3, $d) { return 2; }
function k($a = [], ...$rest) { return 3; }
echo f(5, 6), "\n";
try { f(5); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
echo "${a}";
--EXPECTF--

Deprecated: Optional parameter $a declared before required parameter $b is implicitly treated as a required parameter in %s on line 3

Deprecated: Optional parameter $a declared before required parameter $d is implicitly treated as a required parameter in %s on line 5

Deprecated: Optional parameter $c declared before required parameter $d is implicitly treated as a required parameter in %s on line 5

Deprecated: Using ${var} in strings is deprecated, use {$var} instead in %s on line 9
first
5 6
Too few arguments to function f(), 1 passed in %s on line 8 and exactly 2 expected

Warning: Undefined variable $a in %s on line 9
