--TEST--
do-while runs its body at least once
--FILE--
<?php
$i = 10;
do {
    echo "body $i\n";
    $i++;
} while ($i < 5);
$j = 0;
do { echo $j; } while (++$j < 3);
echo "\n";
--EXPECT--
body 10
012
