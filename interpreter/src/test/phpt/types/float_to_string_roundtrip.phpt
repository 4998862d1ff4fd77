--TEST--
float to string at precision 14 vs var_export shortest round-trip
--FILE--
<?php
$f = 0.1 + 0.2;
echo $f, "\n";
var_export($f); echo "\n";
echo (string)1.23456789012345678, "\n";
var_export(1.23456789012345678); echo "\n";
echo 2.5, " ", 3.0, " ", -1.25e-5, "\n";
--EXPECT--
0.3
0.30000000000000004
1.2345678901235
1.2345678901234567
2.5 3 -1.25E-5
