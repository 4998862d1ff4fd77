--TEST--
an exception from a call in a concatenation releases what the concatenation has built, caught in the same function or a caller
--FILE--
<?php
// what a concatenation has built when a call in it throws is released (ZEND_LIVE_TMPVAR)
function f($m = "f") { throw new Exception($m); }
function s($n) { return str_repeat("s", $n); }
$b = s(3);

// caught in the same function
try { echo "a" . $b . f(); } catch (Exception $e) { echo "1 ", $e->getMessage(), "\n"; }
try { echo s(2) . s(3) . f("2") . s(4); } catch (Exception $e) { echo "2 ", $e->getMessage(), "\n"; }
try { $x = (s(1) . $b) . (s(2) . f("3")); } catch (Exception $e) { echo "3 ", $e->getMessage(), "\n"; }
try { $x = [1, 2] + f("4"); } catch (Exception $e) { echo "4 ", $e->getMessage(), "\n"; }
try { if (s(3) . $b === f("5")) echo "no"; } catch (Exception $e) { echo "5 ", $e->getMessage(), "\n"; }
try { $x = null ?? s(2) . f("6"); } catch (Exception $e) { echo "6 ", $e->getMessage(), "\n"; }
try { $x = $b ? s(2) . f("7") : 1; } catch (Exception $e) { echo "7 ", $e->getMessage(), "\n"; }

// caught in a caller, one or two frames up
function g($b) { return "a" . $b . s(5) . f("in g"); }
function h($b) { $r = s(2) . g($b) . s(1); return $r; }
try { echo g($b); } catch (Exception $e) { echo "8 ", $e->getMessage(), "\n"; }
try { echo s(1) . h($b); } catch (Exception $e) { echo "9 ", $e->getMessage(), "\n"; }

// from a callback an internal function calls
try { echo s(2) . implode(",", array_map(fn($v) => $v . s(1) . f("callback"), [$b])); } catch (Exception $e) { echo "10 ", $e->getMessage(), "\n"; }
var_dump($b);
--EXPECT--
1 f
2 2
3 3
4 4
5 5
6 6
7 7
8 in g
9 in g
10 callback
string(3) "sss"
