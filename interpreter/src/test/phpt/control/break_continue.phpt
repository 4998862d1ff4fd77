--TEST--
break and continue in loops
--FILE--
<?php
for ($i = 0; $i < 10; $i++) {
    if ($i % 2) continue;
    if ($i > 6) break;
    echo $i;
}
echo "\n";
$i = 0;
while (true) {
    $i++;
    if ($i == 2) continue;
    if ($i == 5) break;
    echo $i;
}
echo "\n";
--EXPECT--
0246
134
