--TEST--
in PHP 8 + and - bind tighter than .
--FILE--
<?php
echo "Sum: " . 1 + 2, "\n";
echo "Diff: " . 10 - 3, "\n";
echo 1 + 2 . "3" + 4, "\n";
echo "a" . 2 * 3, "\n";
--EXPECT--
Sum: 3
Diff: 7
37
a6
