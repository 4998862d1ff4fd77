--TEST--
references: by-ref params, elements, foreach by reference, copies of arrays holding references
--FILE--
<?php
function f(&$x) { $x++; }
$a = 1; f($a); var_dump($a);
function g() { return 5; }
f(g());
$arr = [1,2]; f($arr[5]); var_dump($arr);
$b = &$a; $b = 10; var_dump($a);
$c = [1,2,3];
foreach ($c as &$v) { $v *= 2; }
unset($v);
var_dump($c);
$x = ['a' => [1]]; $y = &$x['a'][0]; $y = 'changed'; var_dump($x);
$copy = $x; $y = 'again'; var_dump($copy['a'][0], $x['a'][0]);
function addOne(array &$arr) { $arr[] = 1; }
$q = []; addOne($q); addOne($q); var_dump(count($q));
$s = "ab"; $r = &$s; $r .= "c"; echo $s, "\n";
foreach ([1,2] as &$t) { $t++; } var_dump($t);
--EXPECTF--
int(2)

Notice: Only variables should be passed by reference in %s on line 5
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [5]=>
  int(1)
}
int(10)
array(3) {
  [0]=>
  int(2)
  [1]=>
  int(4)
  [2]=>
  int(6)
}
array(1) {
  ["a"]=>
  array(1) {
    [0]=>
    &string(7) "changed"
  }
}
string(5) "again"
string(5) "again"
int(2)
abc
int(3)
