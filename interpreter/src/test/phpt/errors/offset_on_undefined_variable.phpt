--TEST--
reading $undef['x'] warns twice
--FILE--
<?php
var_dump($undef['x']);
unset($gone);
$v = 1;
unset($v);
var_dump($v);
--EXPECTF--
Warning: Undefined variable $undef in %s on line 2

Warning: Trying to access array offset on value of type null in %s on line 2
NULL

Warning: Undefined variable $v in %s on line 6
NULL
