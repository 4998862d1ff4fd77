--TEST--
a closure can call itself through a by-reference use
--FILE--
<?php
$fact = function ($n) use (&$fact) { return $n <= 1 ? 1 : $n * $fact($n - 1); };
echo $fact(6), "\n";
--EXPECT--
720
