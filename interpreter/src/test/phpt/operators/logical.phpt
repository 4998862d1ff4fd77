--TEST--
short-circuit logic and ternaries
--FILE--
<?php
function t($v) { echo "t($v) "; return $v; }
var_dump(t(0) && t(1));
var_dump(t(1) || t(0));
var_dump(!t(0));
$x = 5;
echo $x > 3 ? "big" : "small", "\n";
--EXPECT--
t(0) bool(false)
t(1) bool(true)
t(0) bool(true)
big
