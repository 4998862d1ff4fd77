--TEST--
const values must be constant expressions
--FILE--
<?php
$v = 5;
const BAD = $v;
--EXPECTF--
Fatal error: Constant expression contains invalid operations in %s on line 3
