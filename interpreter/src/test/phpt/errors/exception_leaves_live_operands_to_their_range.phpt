--TEST--
a match subject or a dynamic call's callee stays live after the opline that throws: its live range frees it, once
--FILE--
<?php
// an opline whose operand stays live after it (the match subject until the FREE after the
// match, a dynamic call's callee until the call) leaves it to its live range when it throws
function s($n) { return str_repeat("s", $n); }
try { (s(3))(); } catch (Error $e) { echo "1 ", $e->getMessage(), "\n"; }
try { (s(3) . "x")(s(1), s(2)); } catch (Error $e) { echo "2 ", $e->getMessage(), "\n"; }
try { (fn() => s(1))(...[s(1)], ...s(2)); } catch (Error $e) { echo "3 ", $e->getMessage(), "\n"; }
try { echo match (s(3) . "") { "a" => 1, "b" => 2 }; } catch (\UnhandledMatchError $e) { echo "4 ", $e->getMessage(), "\n"; }
$x = s(3);
try { echo match ($x) { "b" => 1 }; } catch (\UnhandledMatchError $e) { echo "5 ", $e->getMessage(), "\n"; }
// the arm's result is not live before an arm has run
foreach ([1, 2] as $i) {
    try { echo match ($x . $i) { "sss1" => s(2) . "\n" }; } catch (\UnhandledMatchError $e) { echo "6 ", $e->getMessage(), "\n"; }
}
var_dump($x);
--EXPECT--
1 Call to undefined function sss()
2 Call to undefined function sssx()
3 Only arrays and Traversables can be unpacked
4 Unhandled match case 'sss'
5 Unhandled match case 'sss'
ss
6 Unhandled match case 'sss2'
string(3) "sss"
