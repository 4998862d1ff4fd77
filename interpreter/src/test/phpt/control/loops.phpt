--TEST--
while, do-while, for with break and continue
--FILE--
<?php
$i = 0; while ($i < 5) { $i++; if ($i == 2) continue; if ($i == 4) break; echo $i; }
echo "\n";
$j = 10; do { echo $j--; } while ($j > 7);
echo "\n";
for ($a = 0, $b = 10; $a < $b; $a += 3, $b--) echo "$a-$b ";
echo "\n";
for ($x = 0; $x < 3; $x++) { for ($y = 0; $y < 3; $y++) { if ($y == 1) continue 2; echo "$x$y "; } }
echo "\n";
--EXPECT--
13
1098
0-10 3-9 6-8 
00 10 20 
