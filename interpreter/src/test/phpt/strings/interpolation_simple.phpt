--TEST--
simple variable interpolation in double quotes; "${var}" is deprecated in 8.2
--FILE--
<?php
$name = "World";
$n = 3;
echo "Hello $name!\n";
echo "n=$n, float=" . 1.5 . "\n";
echo "$name's\n";
echo "{$name}s and ${name}s\n";
echo "\$name is literal\n";
--EXPECTF--
Deprecated: Using ${var} in strings is deprecated, use {$var} instead in %s on line 7
Hello World!
n=3, float=1.5
World's
Worlds and Worlds
$name is literal
