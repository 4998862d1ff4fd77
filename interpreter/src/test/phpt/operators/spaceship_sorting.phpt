--TEST--
<=> as a usort comparator
--FILE--
<?php
$a = [3, 1, 2, 10, -1];
usort($a, fn($x, $y) => $x <=> $y);
echo implode(",", $a), "\n";
usort($a, fn($x, $y) => $y <=> $x);
echo implode(",", $a), "\n";
--EXPECT--
-1,1,2,3,10
10,3,2,1,-1
