--TEST--
passing a function result by reference gives a notice
--FILE--
<?php
function r(&$x) { $x = 1; return $x; }
function v() { return 5; }
echo r(v()), "\n";
--EXPECTF--
Notice: Only variables should be passed by reference in %s on line 4
1
