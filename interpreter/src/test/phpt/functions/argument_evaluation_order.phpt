--TEST--
arguments are evaluated left to right
--FILE--
<?php
function t($x) { echo "eval $x\n"; return $x; }
function three($a, $b, $c) { return "$a$b$c"; }
echo three(t(1), t(2), t(3)), "\n";
$i = 0;
echo three($i++, $i++, $i++), "\n";
--EXPECT--
eval 1
eval 2
eval 3
123
012
