--TEST--
arrow functions capture by value automatically and cannot modify outer variables
--FILE--
<?php
$factor = 3;
$mul = fn($x) => $x * $factor;
$factor = 100;
echo $mul(2), "\n";
$n = 1;
$tryInc = fn() => $n++;
echo $tryInc(), $tryInc(), " ", $n, "\n";
$nested = fn($a) => fn($b) => $a + $b + $factor;
echo $nested(1)(2), "\n";
--EXPECT--
6
11 1
103
