--TEST--
closures capture use() variables by value at creation time
--FILE--
<?php
$x = 1;
$f = function () use ($x) { return $x; };
$x = 2;
echo $f(), "\n";
$g = function ($a) use ($x) { $x += $a; return $x; };
echo $g(10), " ", $g(10), " ", $x, "\n";
--EXPECT--
1
12 12 2
