--TEST--
func_num_args(), func_get_args() and func_get_arg() with missing, default, modified and extra arguments
--FILE--
<?php
function f($a, $b = 'dflt') {
    $a = 'changed';
    var_dump(func_num_args(), func_get_args());
    if (func_num_args() > 2) var_dump(func_get_arg(2));
    var_dump(func_get_arg(0));
}
f(1);
f(1, 2);
f(1, 2, [3], "four");
function g() { return func_get_args(); }
var_dump(g(), g(1, 'x', null));
function h($x) { $y = 5; $z = $x * 2; return implode(',', func_get_args()) . " $y $z"; }
echo h(1, 2, 3), "\n", h(4), "\n";
--EXPECT--
int(1)
array(1) {
  [0]=>
  string(7) "changed"
}
string(7) "changed"
int(2)
array(2) {
  [0]=>
  string(7) "changed"
  [1]=>
  int(2)
}
string(7) "changed"
int(4)
array(4) {
  [0]=>
  string(7) "changed"
  [1]=>
  int(2)
  [2]=>
  array(1) {
    [0]=>
    int(3)
  }
  [3]=>
  string(4) "four"
}
array(1) {
  [0]=>
  int(3)
}
string(7) "changed"
array(0) {
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  string(1) "x"
  [2]=>
  NULL
}
1,2,3 5 2
4 5 8
