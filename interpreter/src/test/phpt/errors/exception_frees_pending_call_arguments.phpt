--TEST--
an exception releases the arguments of calls that never start and the callee of a dynamic call
--FILE--
<?php
// the arguments already sent to a call that never starts, and the callee value of a dynamic call
function f($m = "f") { throw new Exception($m); }
function s($n) { return str_repeat("s", $n); }
function g(...$a) { return count($a); }
function k($a, $b = null) { return $a; }
function thrower($a, $b = null) { throw new Exception("thrower $a"); }
$x = s(3);

try { g(s(1), $x, f("1"), s(2)); } catch (Exception $e) { echo "1 ", $e->getMessage(), "\n"; }
try { g(s(1), g(s(2), f("2"))); } catch (Exception $e) { echo "2 ", $e->getMessage(), "\n"; }
try { str_repeat(s(1), f("3")); } catch (Exception $e) { echo "3 ", $e->getMessage(), "\n"; }
try { k(b: s(2), a: f("4")); } catch (Exception $e) { echo "4 ", $e->getMessage(), "\n"; }
try { g(...[s(1), s(2)], ...f("5")); } catch (Exception $e) { echo "5 ", $e->getMessage(), "\n"; }
$h = function ($a, $b) { return $a . $b; };
try { $h(s(1), f("6")); } catch (Exception $e) { echo "6 ", $e->getMessage(), "\n"; }
try { (function ($a) { throw new Exception("7"); })(s(2)); } catch (Exception $e) { echo "7 ", $e->getMessage(), "\n"; }
try { thrower(a: s(2), b: s(1)); } catch (Exception $e) { echo "8 ", $e->getMessage(), "\n"; }
try { thrower(...[s(2), s(3)]); } catch (Exception $e) { echo "9 ", $e->getMessage(), "\n"; }
try { new Exception(s(2), f("10")); } catch (Exception $e) { echo "10 ", $e->getMessage(), "\n"; }
try { throw new Exception(s(2) . "x", "notint"); } catch (TypeError $e) { echo "11 ", $e->getMessage(), "\n"; }
try { call_user_func('k', s(1), f("12")); } catch (Exception $e) { echo "12 ", $e->getMessage(), "\n"; }
var_dump($x);
--EXPECT--
1 1
2 2
3 3
4 4
5 5
6 6
7 7
8 thrower ss
9 thrower ss
10 10
11 Exception::__construct(): Argument #2 ($code) must be of type int, string given
12 12
string(3) "sss"
