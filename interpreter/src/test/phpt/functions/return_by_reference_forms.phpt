--TEST--
function &f(): references returned to $a = &f() (elements, statics, closures, new keys), copies elsewhere, and php's notices for values
--FILE--
<?php
function &getRef(array &$arr) { return $arr[0]; }
$data = [1, 2];
$r = &getRef($data);
$r = 'changed';
var_dump($data[0]);
$copy = getRef($data);
$copy = 'not a ref';
var_dump($data[0]);
function &counter() { static $c = 0; $c++; return $c; }
$c = &counter();
$c += 10;
echo counter(), "\n";
function &f() {}
$a = &f();
var_dump($a);
function &g() { return 1; }
$b = &g();
function h() { return 1; }
$x = &h();
var_dump($x);
$d = g();
var_dump($d);
function &pick(array &$a, $k) { return $a[$k]; }
$arr = ['x' => 1];
$p = &pick($arr, 'y');
$p = 'new';
var_dump($arr);
$fn = function &(array &$a) { return $a[0]; };
$q = &$fn($data);
$q = 'via closure';
echo $data[0], "\n";
--EXPECTF--
string(7) "changed"
string(7) "changed"
12

Notice: Only variable references should be returned by reference in %s on line 14
NULL

Notice: Only variable references should be returned by reference in %s on line 17

Notice: Only variables should be assigned by reference in %s on line 20
int(1)

Notice: Only variable references should be returned by reference in %s on line 17
int(1)
array(2) {
  ["x"]=>
  int(1)
  ["y"]=>
  &string(3) "new"
}
via closure
