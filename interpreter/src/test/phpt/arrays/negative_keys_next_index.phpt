--TEST--
next free index after negative keys (PHP < 8.3 rule)
--FILE--
<?php
$a = [-5 => 'a'];
$a[] = 'b';
var_dump($a);
$b = [];
$b[-3] = 'x';
$b[] = 'y';
var_dump($b);
--EXPECT--
array(2) {
  [-5]=>
  string(1) "a"
  [-4]=>
  string(1) "b"
}
array(2) {
  [-3]=>
  string(1) "x"
  [0]=>
  string(1) "y"
}
