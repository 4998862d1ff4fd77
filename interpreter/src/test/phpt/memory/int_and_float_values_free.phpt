--TEST--
ints, floats, bools and null live in the zval: no allocation
--ALLOCATOR--
zendmm
--FILE--
<?php
$m = memory_get_usage();
$i = 12345;
$f = 1.5;
$b = true;
$n = null;
$i2 = $i * 1000;
$f2 = $f / 3;
$d = memory_get_usage() - $m;
var_dump($d);
--EXPECT--
int(0)
--EXPECT_MALLOC--
int(0)
--EXPECT_TRACKED--
int(0)
