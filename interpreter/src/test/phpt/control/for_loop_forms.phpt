--TEST--
for with multiple expressions, empty parts and comma lists
--FILE--
<?php
for ($i = 0, $j = 10; $i < $j; $i += 3, $j -= 3) {
    echo "$i-$j ";
}
echo "\n";
$k = 0;
for (;;) {
    if (++$k > 3) break;
    echo $k;
}
echo "\n";
for ($x = 0; $x < 3, false; $x++) { echo "never"; }
echo "x=$x\n";
--EXPECT--
0-10 3-7 
123
x=0
