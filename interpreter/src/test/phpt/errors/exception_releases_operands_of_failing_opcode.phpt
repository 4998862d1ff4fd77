--TEST--
an opcode that fails releases the temporaries it was given
--FILE--
<?php
// when an opcode itself fails (an error handler throwing on its warning or notice, a TypeError),
// the temporaries it was given are released as its handler would have
set_error_handler(fn($no, $str) => throw new Exception($str));
function s($n) { return str_repeat("s", $n); }
$arr = [1];

try { $a = [s(1), s(2) . $undefined]; } catch (Exception $e) { echo "1 ", $e->getMessage(), "\n"; }
try { $a = [s(1) => 1, 1.5 => s(2)]; } catch (Exception $e) { echo "2 ", $e->getMessage(), "\n"; }
try { $a = [s(1), $arr => s(2)]; } catch (TypeError $e) { echo "3 ", $e->getMessage(), "\n"; }
try { $m = [s(1)]; $m[1.5] = s(2); } catch (Exception $e) { echo "4 ", $e->getMessage(), "\n"; }
try { $m = [s(1)]; $m[$arr] = s(2); } catch (TypeError $e) { echo "5 ", $e->getMessage(), "\n"; }
try { $str = s(3); $str[1.5] = s(2); } catch (Exception $e) { echo "6 ", $e->getMessage(), "\n"; }
try { $str = s(3); $str[-10] = s(2); } catch (Exception $e) { echo "7 ", $e->getMessage(), "\n"; }
try { foreach (s(3) . "x" as $v) {} } catch (Exception $e) { echo "8 ", $e->getMessage(), "\n"; }
function takesRef(&$r) {}
try { takesRef(s(2)); } catch (Exception $e) { echo "9 ", $e->getMessage(), "\n"; }
function &byRef() { return s(2) . "x"; }
try { $r = &byRef(); } catch (Exception $e) { echo "10 ", $e->getMessage(), "\n"; }
function &byRefInLoop(array $a) { foreach ($a as $v) { return $v . "x"; } }
try { $r = &byRefInLoop([s(1), s(2)]); } catch (Exception $e) { echo "11 ", $e->getMessage(), "\n"; }
function typed(): int { return s(3); }
try { typed(); } catch (TypeError $e) { echo "12 ", $e->getMessage(), "\n"; }
function typedInLoop(): int { foreach ([s(1)] as $v) { return $v . "x"; } }
try { typedInLoop(); } catch (TypeError $e) { echo "13 ", $e->getMessage(), "\n"; }
try { throw s(2); } catch (Error $e) { echo "14 ", $e->getMessage(), "\n"; }
try { echo s(1) . (s(2) <=> [s(1)] . ""); } catch (Exception $e) { echo "15 ", $e->getMessage(), "\n"; }
--EXPECT--
1 Undefined variable $undefined
2 Implicit conversion from float 1.5 to int loses precision
3 Illegal offset type
4 Implicit conversion from float 1.5 to int loses precision
5 Illegal offset type
6 String offset cast occurred
7 Illegal string offset -10
8 foreach() argument must be of type array|object, string given
9 Only variables should be passed by reference
10 Only variable references should be returned by reference
11 Only variable references should be returned by reference
12 typed(): Return value must be of type int, string returned
13 typedInLoop(): Return value must be of type int, string returned
14 Can only throw objects
15 Array to string conversion
