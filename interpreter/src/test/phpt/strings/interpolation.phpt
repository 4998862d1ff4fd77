--TEST--
simple and complex interpolation
--FILE--
<?php
$name = "World"; $n = 3;
echo "Hello $name!\n";
echo "{$name}s: {$n}\n";
echo "n+1 = ${n}\n";
echo 'single $name\n', "\n";
--EXPECTF--

Deprecated: Using ${var} in strings is deprecated, use {$var} instead in %s on line 5
Hello World!
Worlds: 3
n+1 = 3
single $name\n
