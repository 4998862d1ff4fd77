--TEST--
var_dump of first-class callables: the function's name, internal parameters as their arginfo names them
--FILE--
<?php
function counter(int $step = 1) {
    static $n = 0;
    return $n += $step;
}
var_dump(strlen(...));
var_dump(var_dump(...));
var_dump(sort(...));
var_dump(counter(...));
counter(5);
var_dump(counter(...));
$c = function () {};
$d = $c(...);
var_dump($c === $d);
--EXPECT--
object(Closure)#1 (2) {
  ["function"]=>
  string(6) "strlen"
  ["parameter"]=>
  array(1) {
    ["$string"]=>
    string(10) "<required>"
  }
}
object(Closure)#1 (2) {
  ["function"]=>
  string(8) "var_dump"
  ["parameter"]=>
  array(2) {
    ["$value"]=>
    string(10) "<required>"
    ["$values"]=>
    string(10) "<optional>"
  }
}
object(Closure)#1 (2) {
  ["function"]=>
  string(4) "sort"
  ["parameter"]=>
  array(2) {
    ["&$array"]=>
    string(10) "<required>"
    ["$flags"]=>
    string(10) "<optional>"
  }
}
object(Closure)#1 (3) {
  ["function"]=>
  string(7) "counter"
  ["static"]=>
  array(1) {
    ["n"]=>
    int(0)
  }
  ["parameter"]=>
  array(1) {
    ["$step"]=>
    string(10) "<optional>"
  }
}
object(Closure)#1 (3) {
  ["function"]=>
  string(7) "counter"
  ["static"]=>
  array(1) {
    ["n"]=>
    int(5)
  }
  ["parameter"]=>
  array(1) {
    ["$step"]=>
    string(10) "<optional>"
  }
}
bool(true)
