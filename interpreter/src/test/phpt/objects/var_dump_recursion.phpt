--TEST--
var_dump marks an array or object met again inside itself with *RECURSION* (no & before it)
--FILE--
<?php
$a = [1];
$a[] = &$a;
var_dump($a);
$a = null; // breaks the cycle (jzend has no cycle collector)
$c = function () use (&$c) {};
var_dump($c);
$d = function () use (&$d, &$c) {};
var_dump([$d]);
--EXPECT--
array(2) {
  [0]=>
  int(1)
  [1]=>
  *RECURSION*
}
object(Closure)#1 (1) {
  ["static"]=>
  array(1) {
    ["c"]=>
    *RECURSION*
  }
}
array(1) {
  [0]=>
  object(Closure)#2 (1) {
    ["static"]=>
    array(2) {
      ["d"]=>
      *RECURSION*
      ["c"]=>
      &object(Closure)#1 (1) {
        ["static"]=>
        array(1) {
          ["c"]=>
          *RECURSION*
        }
      }
    }
  }
}
