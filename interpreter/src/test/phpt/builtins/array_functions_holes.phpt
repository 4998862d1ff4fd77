--TEST--
slices, chunks, unique, diff, intersect, pad and reverse over a hash with holes
--FILE--
<?php
// array functions on hash tables with holes and big sizes
$a = [];
for ($i = 0; $i < 100; $i++) $a["k$i"] = $i;
for ($i = 0; $i < 100; $i += 3) unset($a["k$i"]);
echo count(array_slice($a, 10, 20)), ' ', implode(',', array_slice($a, 60, 5, true)), "\n";
echo implode(',', array_keys(array_slice($a, 60, 3, true))), "\n";
$u = array_unique(array_merge($a, $a, range(0, 50)));
echo count($u), ' ', array_sum($u), "\n";
$c = array_chunk($a, 16, true);
echo count($c), ' ', implode(',', array_keys($c[4])), "\n";
$d = array_diff_key($a, array_flip(['k1', 'k2', 'k50']));
echo count($d), "\n";
$i2 = array_intersect($a, range(10, 20), [11, 13, 17, 19, 23]);
print_r($i2);
$p = array_pad($a, -70, 'p');
echo count($p), ' ', implode(',', array_slice(array_keys($p), 0, 3)), "\n";
$r = array_reverse($a, true);
echo array_key_first($r), "\n";
--EXPECT--
20 91,92,94,95,97
k91,k92,k94
83 3675
5 k97,k98
63
Array
(
    [k11] => 11
    [k13] => 13
    [k17] => 17
    [k19] => 19
)
70 0,1,2
k98
