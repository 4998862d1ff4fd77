--TEST--
use() of an undefined variable warns at closure creation
--FILE--
<?php
$f = function () use ($missing) { return $missing; };
var_dump($f());
--EXPECTF--
Warning: Undefined variable $missing in %s on line 2
NULL
