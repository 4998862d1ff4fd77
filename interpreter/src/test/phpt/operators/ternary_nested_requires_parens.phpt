--TEST--
nested ternaries with parentheses
--FILE--
<?php
$n = 5;
echo ($n < 0 ? "neg" : ($n == 0 ? "zero" : "pos")), "\n";
echo (true ? "a" : "b") ? "c" : "d", "\n";
--EXPECT--
pos
c
