--TEST--
float keys are truncated; fractional ones raise a deprecation
--FILE--
<?php
$a = [];
$a[2.0] = 'two';
$a[1.7] = 'one';
var_dump($a);
--EXPECTF--
Deprecated: Implicit conversion from float 1.7 to int loses precision in %s on line 4
array(2) {
  [2]=>
  string(3) "two"
  [1]=>
  string(3) "one"
}
