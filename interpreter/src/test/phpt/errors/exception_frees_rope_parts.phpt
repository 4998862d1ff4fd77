--TEST--
an exception in the middle of an interpolated string releases the rope parts made so far
--FILE--
<?php
// an interpolated string being built when a call in it throws: the parts made so far are
// released (ZEND_LIVE_ROPE)
function s($n) { return str_repeat("s", $n); }
$f = function ($m) { throw new Exception($m); };
$b = s(3);
$arr = ["k" => s(2)];

// caught in the same function
try { echo "a $b {$f('1')} c"; } catch (Exception $e) { echo "1 ", $e->getMessage(), "\n"; }
try { echo "a {$b} {$arr['k']} {$f('2')} $b"; } catch (Exception $e) { echo "2 ", $e->getMessage(), "\n"; }
try { echo "{$f('3')} $b $b"; } catch (Exception $e) { echo "3 ", $e->getMessage(), "\n"; }
try { echo s(1) . "{$b}-{$b}-{$f('4')}"; } catch (Exception $e) { echo "4 ", $e->getMessage(), "\n"; }

// caught in a caller
function r($b, $f) { return "x$b y{$b} {$f('5')} z"; }
try { echo r($b, $f); } catch (Exception $e) { echo "5 ", $e->getMessage(), "\n"; }
function r2($b, $f) { return "<" . r($b, $f) . ">"; }
try { echo "[$b " . r2($b, $f) . "]"; } catch (Exception $e) { echo "6 ", $e->getMessage(), "\n"; }
echo "$b {$arr['k']}\n";
--EXPECT--
1 1
2 2
3 3
4 4
5 5
6 5
sss ss
