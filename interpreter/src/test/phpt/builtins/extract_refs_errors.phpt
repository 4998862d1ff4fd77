--TEST--
extract(): main scope through the symbol table, EXTR_REFS with every type, literal arguments, ValueError/TypeError/$this errors
--FILE--
<?php
$a = 'old';
var_dump(extract(['a' => 1, 'newglobal' => 'N', 'GLOBALS' => 'x', 'argc' => 99]));
var_dump($a, $GLOBALS['newglobal'], $argc);
function readg() { global $newglobal; return $newglobal; }
var_dump(readg());
var_dump(compact('newglobal'));
// refs
$arr = ['r1' => 1, 'r2' => 2];
var_dump(extract($arr, EXTR_REFS));
$r1 = 100;
var_dump($arr);
$r2 = &$arr['r2']; $arr['r2'] = 'changed'; var_dump($r2);
function refs() {
    $x = 0;
    $src = ['x' => 1, 'y' => [1, 2]];
    $n = extract($src, EXTR_REFS | EXTR_PREFIX_ALL, 'p');
    $p_x = 'via var';
    $p_y[] = 3;
    var_dump($n, $src, $x);
    $src2 = ['x' => 5, 'z' => 6];
    var_dump(extract($src2, EXTR_REFS | EXTR_SKIP));
    $z = 'zz';
    var_dump($src2);
    var_dump(extract($src2, EXTR_REFS));
    $x = 'xx';
    var_dump($src2);
    $s3 = ['x' => 7, 'w' => 8];
    var_dump(extract($s3, EXTR_REFS | EXTR_IF_EXISTS), $s3);
    $s4 = ['x' => 7, 'q' => 8, 'qq' => 1];
    var_dump(extract($s4, EXTR_REFS | EXTR_PREFIX_SAME, 'p'), $s4);
    $s5 = ['x' => 9, 5 => 'five', 'x y' => 1];
    var_dump(extract($s5, EXTR_REFS | EXTR_PREFIX_INVALID, 'p'), $s5);
    $s6 = ['x' => 9, 'nope' => 1];
    var_dump(extract($s6, EXTR_REFS | EXTR_PREFIX_IF_EXISTS, 'p'), $s6);
    var_dump(compact('q', 'qq', 'p_5', 'p_x'));
}
refs();
// literal arrays, including EXTR_REFS on a literal
var_dump(extract(['lit' => 'L']), $lit);
var_dump(extract(['lit2' => 'L2'], EXTR_REFS), $lit2);
function mk() { return ['fromcall' => 'C']; }
var_dump(extract(mk()), $fromcall);
// errors
foreach ([[['a' => 1], 7], [['a' => 1], -1], [['a' => 1], 2], [['a' => 1], 5], [['a' => 1], 3], [['a' => 1], EXTR_PREFIX_ALL, '1bad'], [['a' => 1], EXTR_PREFIX_ALL, 'a b'], [['a' => 1], 257 + 255]] as $args) {
    try { var_dump(extract(...$args)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
try { extract(['this' => 1]); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { extract(['this' => 1], EXTR_PREFIX_ALL, 'p'); var_dump($p_this); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { extract(['this' => 1], EXTR_SKIP); echo "skip ok\n"; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(extract(['this' => 1], EXTR_PREFIX_SAME, 'p'), $p_this); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { extract(['this' => 1], EXTR_IF_EXISTS); echo "ifexists ok\n"; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { extract(['x' => 1], EXTR_PREFIX_ALL, 'this'); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { extract('str'); } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$notarr = 5;
try { extract($notarr); } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { extract(['a' => 1], 'x'); } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump(extract(['a' => 1], EXTR_PREFIX_ALL, ''), $_a);
var_dump(extract([], EXTR_PREFIX_ALL, 'p'));
var_dump(extract(['GLOBALS' => 1], EXTR_PREFIX_ALL, 'p'), $p_GLOBALS);
--EXPECT--
int(4)
int(1)
string(1) "N"
int(99)
string(1) "N"
array(1) {
  ["newglobal"]=>
  string(1) "N"
}
int(2)
array(2) {
  ["r1"]=>
  &int(100)
  ["r2"]=>
  &int(2)
}
string(7) "changed"
int(2)
array(2) {
  ["x"]=>
  &string(7) "via var"
  ["y"]=>
  &array(3) {
    [0]=>
    int(1)
    [1]=>
    int(2)
    [2]=>
    int(3)
  }
}
int(0)
int(1)
array(2) {
  ["x"]=>
  int(5)
  ["z"]=>
  &string(2) "zz"
}
int(2)
array(2) {
  ["x"]=>
  &string(2) "xx"
  ["z"]=>
  &string(2) "zz"
}
int(1)
array(2) {
  ["x"]=>
  &int(7)
  ["w"]=>
  int(8)
}
int(3)
array(3) {
  ["x"]=>
  &int(7)
  ["q"]=>
  &int(8)
  ["qq"]=>
  &int(1)
}
int(2)
array(3) {
  ["x"]=>
  &int(9)
  [5]=>
  &string(4) "five"
  ["x y"]=>
  int(1)
}
int(1)
array(2) {
  ["x"]=>
  &int(9)
  ["nope"]=>
  int(1)
}
array(4) {
  ["q"]=>
  int(8)
  ["qq"]=>
  int(1)
  ["p_5"]=>
  string(4) "five"
  ["p_x"]=>
  int(9)
}
int(1)
string(1) "L"
int(1)
string(2) "L2"
int(1)
string(1) "C"
ValueError: extract(): Argument #2 ($flags) must be a valid extract type
ValueError: extract(): Argument #2 ($flags) must be a valid extract type
ValueError: extract(): Argument #3 ($prefix) is required when using this extract type
ValueError: extract(): Argument #3 ($prefix) is required when using this extract type
ValueError: extract(): Argument #3 ($prefix) is required when using this extract type
ValueError: extract(): Argument #3 ($prefix) must be a valid identifier
ValueError: extract(): Argument #3 ($prefix) must be a valid identifier
int(1)
Error: Cannot re-assign $this
int(1)
skip ok
int(1)
int(1)
ifexists ok
TypeError: extract(): Argument #1 ($array) must be of type array, string given
TypeError: extract(): Argument #1 ($array) must be of type array, int given
TypeError: extract(): Argument #2 ($flags) must be of type int, string given
int(1)
int(1)
int(0)
int(1)
int(1)
