--TEST--
echo rounds floats to 14 significant digits
--FILE--
<?php
echo 123456789012345.0, "\n";
echo 12345678901234.0, "\n";
echo 0.1 + 0.2 - 0.3, "\n";
echo 1/7, "\n";
echo 2.0 ** 53, "\n";
echo 99999999999999.5, "\n";
echo round(2.5), " ", round(-2.5), " ", round(1.955, 2), "\n";
--EXPECT--
1.2345678901234E+14
12345678901234
5.5511151231258E-17
0.14285714285714
9.007199254741E+15
1.0E+14
3 -3 1.96
