--TEST--
multiplication table with nested for loops
--FILE--
<?php
for ($i = 1; $i <= 3; $i++) {
    $row = [];
    for ($j = 1; $j <= 3; $j++) $row[] = $i * $j;
    echo implode("\t", $row), "\n";
}
--EXPECT--
1	2	3
2	4	6
3	6	9
