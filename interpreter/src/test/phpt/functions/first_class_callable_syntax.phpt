--TEST--
strlen(...) creates a Closure (8.1)
--FILE--
<?php
$f = strlen(...);
echo $f("hello"), "\n";
function add($a, $b) { return $a + $b; }
$g = add(...);
echo $g(2, 3), "\n";
echo get_class($g), "\n";
--EXPECT--
5
5
Closure
