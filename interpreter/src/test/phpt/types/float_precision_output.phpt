--TEST--
echo uses precision=14, var_dump uses serialize_precision=-1
--FILE--
<?php
$f = 0.1 + 0.2;
echo $f, "\n";
var_dump($f);
echo 1/3, "\n";
var_dump(1/3);
echo 100000000000000000000.0, "\n";
echo 0.00001, "\n";
echo 0.0001, "\n";
var_dump(1e100);
var_dump(123456789012345.678);
--EXPECT--
0.3
float(0.30000000000000004)
0.33333333333333
float(0.3333333333333333)
1.0E+20
1.0E-5
0.0001
float(1.0E+100)
float(123456789012345.67)
