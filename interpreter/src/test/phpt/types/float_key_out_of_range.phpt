--TEST--
a float array key beyond the int range
--FILE--
<?php
$a = [];
$a[PHP_INT_MAX + 1] = 'big';
$a[1e3] = 'thousand';
var_dump($a);
--EXPECTF--
Deprecated: Implicit conversion from float 9.223372036854776E+18 to int loses precision in %s on line 3
array(2) {
  [-9223372036854775808]=>
  string(3) "big"
  [1000]=>
  string(8) "thousand"
}
