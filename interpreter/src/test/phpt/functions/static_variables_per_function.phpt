--TEST--
each function has its own static variables; recursion shares them
--FILE--
<?php
function a() { static $x = 0; return ++$x; }
function b() { static $x = 100; return ++$x; }
function depth($n) { static $calls = 0; $calls++; if ($n > 0) depth($n - 1); return $calls; }
echo a(), a(), " ", b(), " ", a(), "\n";
echo depth(3), "\n";
--EXPECT--
12 101 3
4
