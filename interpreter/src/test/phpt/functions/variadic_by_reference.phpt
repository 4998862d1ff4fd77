--TEST--
variadic by-reference parameters
--FILE--
<?php
function incAll(&...$vals) { foreach ($vals as &$v) $v++; }
$a = 1; $b = 10;
incAll($a, $b);
var_dump($a, $b);
--EXPECT--
int(2)
int(11)
