--TEST--
building a text table with str_repeat and str_pad
--FILE--
<?php
$rows = [['Name', 'Qty'], ['apple', 3], ['kiwi', 12], ['watermelon', 1]];
$w = 0;
foreach ($rows as $r) $w = max($w, strlen($r[0]));
$line = '+' . str_repeat('-', $w + 2) . '+-----+';
echo $line, "\n";
foreach ($rows as $i => [$name, $qty]) {
    echo '| ', str_pad($name, $w), ' | ', str_pad((string)$qty, 3, ' ', STR_PAD_LEFT), " |\n";
    if ($i == 0) echo $line, "\n";
}
echo $line, "\n";
--EXPECT--
+------------+-----+
| Name       | Qty |
+------------+-----+
| apple      |   3 |
| kiwi       |  12 |
| watermelon |   1 |
+------------+-----+
