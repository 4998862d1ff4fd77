--TEST--
if / elseif / else / else if
--FILE--
<?php
foreach ([-1, 0, 1, 50] as $n) {
    if ($n < 0) {
        echo "neg\n";
    } elseif ($n == 0) {
        echo "zero\n";
    } else if ($n < 10) {
        echo "small\n";
    } else {
        echo "big\n";
    }
}
--EXPECT--
neg
zero
small
big
