--TEST--
an exception leaving @ restores error_reporting, caught in the same function or a caller
--FILE--
<?php
// an exception leaving an @-expression restores the error_reporting @ saved
// (ZEND_LIVE_SILENCE), whether it is caught in the same function or further up
function f($m = "f") { throw new Exception($m); }
function s($n) { return str_repeat("s", $n); }
echo error_reporting(), "\n";
try { @f("1"); } catch (Exception $e) { echo $e->getMessage(), " ", error_reporting(), "\n"; }
try { $x = @(s(2) . f("2")); } catch (Exception $e) { echo $e->getMessage(), " ", error_reporting(), "\n"; }
function g() { return @f("3 in g"); }
try { g(); } catch (Exception $e) { echo $e->getMessage(), " ", error_reporting(), "\n"; }
function h() {
    try { return @f("4 caught in h"); } catch (Exception $e) { echo $e->getMessage(), " ", error_reporting(), "\n"; }
    return 1;
}
h();
function k() { return 1 + @g(); }
try { k(); } catch (Exception $e) { echo "5 ", $e->getMessage(), " ", error_reporting(), "\n"; }
try { @(@f("6 nested")); } catch (Exception $e) { echo $e->getMessage(), " ", error_reporting(), "\n"; }
try { echo @$undefined . @f("7"); } catch (Exception $e) { echo $e->getMessage(), " ", error_reporting(), "\n"; }
try { foreach ([1] as $v) { @f("8 in loop"); } } catch (Exception $e) { echo $e->getMessage(), " ", error_reporting(), "\n"; }

// a mask set inside the @ that reports more than fatal errors is kept, as END_SILENCE keeps it
error_reporting(E_ALL & ~E_NOTICE);
try { @f("9"); } catch (Exception $e) { echo $e->getMessage(), " ", error_reporting(), "\n"; }
error_reporting(E_ALL);
try { @(error_reporting(E_NOTICE) . f("10")); } catch (Exception $e) { echo $e->getMessage(), " ", error_reporting(), "\n"; }
error_reporting(E_ALL);
try { @(error_reporting(0) . f("11")); } catch (Exception $e) { echo $e->getMessage(), " ", error_reporting(), "\n"; }
error_reporting(E_ALL);
@error_reporting(E_WARNING);
echo "12 ", error_reporting(), "\n";
@error_reporting(0);
echo "13 ", error_reporting(), "\n";
error_reporting(E_ALL);

// an error handler that throws on a silenced warning
set_error_handler(function ($no, $str) { throw new Exception($str); });
try { echo @$undefined2; } catch (Exception $e) { echo "14 ", $e->getMessage(), " ", error_reporting(), "\n"; }
try { $r = @(s(1) . $undefined3); } catch (Exception $e) { echo "15 ", $e->getMessage(), " ", error_reporting(), "\n"; }
--EXPECT--
32767
1 32767
2 32767
3 in g 32767
4 caught in h 32767
5 3 in g 32767
6 nested 32767
7 32767
8 in loop 32767
9 32759
10 8
11 32767
12 2
13 2
14 Undefined variable $undefined2 32767
15 Undefined variable $undefined3 32767
