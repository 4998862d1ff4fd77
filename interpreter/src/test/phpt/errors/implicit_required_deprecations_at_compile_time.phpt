--TEST--
compile-time messages are printed before any output of the script
--FILE--
<?php
echo "first output\n";
function f($a = 1, $b) {}
echo "${a}";
--EXPECTF--
Deprecated: Optional parameter $a declared before required parameter $b is implicitly treated as a required parameter in %s on line 3

Deprecated: Using ${var} in strings is deprecated, use {$var} instead in %s on line 4
first output

Warning: Undefined variable $a in %s on line 4
