--TEST--
echo converts ints and floats to strings
--FILE--
<?php
echo 10, "\n";
echo -7, "\n";
echo 1.0, "\n";
echo 0.1 + 0.2, "\n";
echo 1e20, "\n";
echo 1e15, "\n";
echo 123456789012345678, "\n";
echo 1.5e-7, "\n";
echo -0.0, "\n";
echo 7E-10, "\n";
--EXPECT--
10
-7
1
0.3
1.0E+20
1.0E+15
123456789012345678
1.5E-7
-0
7.0E-10
