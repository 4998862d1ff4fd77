--TEST--
multiplying two matrices stored as nested arrays
--FILE--
<?php
$a = [[1, 2], [3, 4]];
$b = [[5, 6], [7, 8]];
$c = [];
foreach ($a as $i => $row) {
    foreach (array_keys($b[0]) as $j) {
        $c[$i][$j] = 0;
        foreach ($row as $k => $v) $c[$i][$j] += $v * $b[$k][$j];
    }
}
foreach ($c as $row) echo implode(" ", $row), "\n";
--EXPECT--
19 22
43 50
