--TEST--
foreach by reference over an undefined variable warns twice and does not create it
--FILE--
<?php
foreach ($undefined as &$v) {}
var_dump($undefined);
--EXPECTF--
Warning: Undefined variable $undefined in %s on line 2

Warning: foreach() argument must be of type array|object, null given in %s on line 2

Warning: Undefined variable $undefined in %s on line 3
NULL
