--TEST--
destructuring in foreach, with keys and nesting
--FILE--
<?php
$points = [[1, 2], [3, 4]];
foreach ($points as [$x, $y]) echo "($x,$y) ";
echo "\n";
$people = [['name' => 'Ann', 'age' => 30], ['name' => 'Bob', 'age' => 25]];
foreach ($people as $i => ['name' => $n, 'age' => $a]) echo "$i:$n:$a ";
echo "\n";
foreach ([[1, [2, 3]]] as [$p, [$q, $r]]) echo "$p $q $r\n";
--EXPECT--
(1,2) (3,4) 
0:Ann:30 1:Bob:25 
1 2 3
