--TEST--
in_array, array_search, max, min and sort compare objects as == and <=> do
--FILE--
<?php
$f = function () {};
$g = strlen(...);
var_dump(in_array($f, [1, $f], true), in_array($f, ["x", null]), in_array($g, [strlen(...)]), in_array($g, [strlen(...)], true));
var_dump(array_search($f, [0, $f]), array_search(null, [$f, null]));
var_dump(max([$f, 1]) === $f, min([$f, 2]) === $f, max($f, [1]));
$a = [3, $f, 1];
sort($a);
var_dump($a[0] === $f || $a[2] === $f);
var_dump(array_unique([1, "1", 2]));
--EXPECTF--
bool(true)
bool(false)
bool(true)
bool(false)

Notice: Object of class Closure could not be converted to int in %s on line 5
int(1)
int(1)

Notice: Object of class Closure could not be converted to int in %s on line 6

Notice: Object of class Closure could not be converted to int in %s on line 6
bool(true)
bool(true)
object(Closure)#1 (0) {
}

Notice: Object of class Closure could not be converted to int in %s on line 8

Notice: Object of class Closure could not be converted to int in %s on line 8
bool(true)
array(2) {
  [0]=>
  int(1)
  [2]=>
  int(2)
}
