--TEST--
functions do not see outer variables
--FILE--
<?php
$outer = "outside";
function look() { return isset($outer) ? "sees" : "isolated"; }
function useIt() { return $outer; }
echo look(), "\n";
var_dump(useIt());
--EXPECTF--
isolated

Warning: Undefined variable $outer in %s on line 4
NULL
