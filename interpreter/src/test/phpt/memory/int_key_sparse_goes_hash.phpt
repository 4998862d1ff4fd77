--TEST--
$x[5]=1 stays packed, $x[100]=1 makes a hash
--ALLOCATOR--
zendmm
--FILE--
<?php
$m = memory_get_usage(); $a = []; $a[5] = 1; $d1 = memory_get_usage() - $m;
$m = memory_get_usage(); $b = []; $b[100] = 1; $d2 = memory_get_usage() - $m;
$m = memory_get_usage(); $c = []; $c[0] = 1; $c[1] = 2; $d3 = memory_get_usage() - $m;
var_dump($d1, $d2, $d3);
--EXPECT--
int(216)
int(376)
int(216)
--EXPECT_MALLOC--
int(0)
int(0)
int(0)
--EXPECT_TRACKED--
int(216)
int(376)
int(216)
