--TEST--
precision from -d: folded constant expressions use it at compile time
--INI--
precision=5
--FILE--
<?php
echo 1/3 . "", "\n";
echo 0.1 + 0.2, "\n";
ini_set('precision', 14);
echo 1/3 . "|", 1/3, "\n";
--EXPECT--
0.33333
0.3
0.33333|0.33333333333333
