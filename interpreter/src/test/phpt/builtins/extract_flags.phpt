--TEST--
extract(): every extract type in a function scope, prefix rules, invalid names, counts
--FILE--
<?php

function over() { $a = 'old'; $n = extract(['a' => 1, 'b' => 'B', '1x' => 'bad', 7 => 'seven', '' => 'e', 'GLOBALS' => 'g', 'new' => 'N']); var_dump($n, $a, $b); }
over();
function skip() { $a = 'old'; $n = extract(['a' => 1, 'b' => 'B', 'zz' => 3], EXTR_SKIP); var_dump($n, $a, $b); $n = extract(['zz' => 4], EXTR_SKIP); var_dump($n); }
skip();
function psame() { $a = 'old'; $n = extract(['a' => 1, 'b' => 'B', '' => 'e', '1' => 'one', '9z' => 'nine'], EXTR_PREFIX_SAME, 'p'); var_dump($n, $a, $b, $p_a); }
psame();
function pall() { $a = 'old'; $n = extract(['a' => 1, 'b' => 'B', 5 => 'five', '' => 'e', 'x y' => 'bad'], EXTR_PREFIX_ALL, 'p'); var_dump($n, $a, $p_a, $p_b, $p_5); }
pall();
function pinv() { $n = extract(['a' => 1, 5 => 'five', 'x y' => 'bad', '9z' => 'nz', 'this' => 'th'], EXTR_PREFIX_INVALID, 'p'); var_dump($n, $a, $p_5, $p_9z, $p_this); }
pinv();
function ifex() { $a = 'old'; $b = null; $n = extract(['a' => 1, 'b' => 'B', 'c' => 'C'], EXTR_IF_EXISTS); var_dump($n, $a, $b); var_dump(isset($c)); $c = 1; }
ifex();
function pifex() { $a = 'old'; $n = extract(['a' => 1, 'b' => 'B', 'c' => 'C'], EXTR_PREFIX_IF_EXISTS, 'p'); var_dump($n, $a, $p_a, isset($p_b)); $b = 1; $p_b = 1; $c = 2;}
pifex();
function undefcv() { $n = extract(['a' => 1, 'b' => 2], EXTR_PREFIX_SAME, 'p'); var_dump($n, $a, $b); }
undefcv();
function pifex_undef() { $n = extract(['a' => 1, 'b' => 2], EXTR_PREFIX_IF_EXISTS, 'p'); var_dump($n, $a); if (0) { $b = 1; } var_dump($b); }
pifex_undef();
function emptyprefix() { $a = 1; $n = extract(['a' => 2, 3 => 'x'], EXTR_PREFIX_ALL, ''); var_dump($n, $_a, $_3); }
emptyprefix();
function packed() { var_dump(extract([1, 2, 3])); var_dump(extract([1, 2], EXTR_PREFIX_ALL, 'v'), $v_0, $v_1); }
packed();
function selfover() { $arr = ['arr' => 5, 'x' => 6]; var_dump(extract($arr), $arr, $x); }
selfover();
--EXPECT--
int(4)
int(1)
string(1) "B"
int(2)
string(3) "old"
string(1) "B"
int(0)
int(2)
string(3) "old"
string(1) "B"
int(1)
int(3)
string(3) "old"
int(1)
string(1) "B"
string(4) "five"
int(4)
int(1)
string(4) "five"
string(2) "nz"
string(2) "th"
int(2)
int(1)
string(1) "B"
bool(false)
int(3)
string(3) "old"
int(1)
bool(false)
int(2)
int(1)
int(2)
int(2)
int(1)
int(2)
int(2)
int(2)
string(1) "x"
int(0)
int(2)
int(1)
int(2)
int(2)
int(5)
int(6)
