--TEST--
break N and continue N
--FILE--
<?php
for ($i = 0; $i < 3; $i++) {
    for ($j = 0; $j < 3; $j++) {
        if ($j == 1) continue 2;
        echo "$i$j ";
    }
}
echo "\n";
foreach ([1, 2, 3] as $a) {
    foreach ([1, 2, 3] as $b) {
        while (true) {
            if ($a * $b == 4) break 3;
            echo "$a*$b ";
            break;
        }
    }
}
echo "\n";
--EXPECT--
00 10 20 
1*1 1*2 1*3 2*1
