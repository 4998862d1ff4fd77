--TEST--
an exception leaving foreach loops (nested, by reference, in callers) releases their iterators; caught inside, the loop goes on
--FILE--
<?php
// a foreach left by an exception releases its iterator — the array copy it holds, or the
// reference of a loop by reference (ZEND_LIVE_LOOP, FE_FREE's work) — unless the exception is
// caught inside the loop, which then goes on
function f($m = "f") { throw new Exception($m); }
function s($n) { return str_repeat("s", $n); }
$arr = [s(1), s(2), s(3)];

try { foreach ([s(1), s(2)] as $v) { f("1"); } } catch (Exception $e) { echo "1 ", $e->getMessage(), "\n"; }

// nested loops, broken out of from the innermost one
try {
    foreach ($arr as $k => $v) {
        foreach ([s(4), s(5)] as $w) {
            foreach (range(1, 3) as $i) {
                if ($i == 2) f("2 from $k/$w/$i");
            }
        }
    }
} catch (Exception $e) { echo $e->getMessage(), "\n"; }

// caught inside the loops: they go on
foreach ([s(1), s(2)] as $v) {
    foreach ($arr as $w) {
        try { f("3 $v $w"); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
    }
}

// by reference, and with list()
try { foreach ($arr as &$r) { $r .= "x"; f("4"); } } catch (Exception $e) { echo "4 ", $e->getMessage(), "\n"; }
unset($r);
try { foreach ([s(1), s(2)] as &$r) { f("5"); } } catch (Exception $e) { echo "5 ", $e->getMessage(), "\n"; }
unset($r);
try { foreach ([[s(1), s(2)], [s(3), s(4)]] as [$p, $q]) { f("6 $p $q"); } } catch (Exception $e) { echo $e->getMessage(), "\n"; }

// in functions, caught by the caller
function loop($arr) {
    foreach ($arr as $v) {
        foreach (array_merge($arr, [s(6)]) as $w) {
            if ($w == "ss") f("7 in loop");
        }
    }
}
try { loop($arr); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
function loopRef(array &$arr) { foreach ($arr as &$v) { $v .= "!"; f("8 ref loop"); } }
try { loopRef($arr); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
function outer($arr) { foreach ($arr as $v) { loop($arr); } }
try { outer($arr); } catch (Exception $e) { echo "9 ", $e->getMessage(), "\n"; }
var_dump($arr);
--EXPECT--
1 1
2 from 0/ssss/2
3 s s
3 s ss
3 s sss
3 ss s
3 ss ss
3 ss sss
4 4
5 5
6 s ss
7 in loop
8 ref loop
9 7 in loop
array(3) {
  [0]=>
  string(3) "sx!"
  [1]=>
  string(2) "ss"
  [2]=>
  string(3) "sss"
}
