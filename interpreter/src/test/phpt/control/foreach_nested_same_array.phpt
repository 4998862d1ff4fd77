--TEST--
nested foreach over the same array have independent positions
--FILE--
<?php
$a = [1, 2];
foreach ($a as $x) {
    foreach ($a as $y) {
        echo "$x$y ";
    }
}
echo "\n";
--EXPECT--
11 12 21 22
