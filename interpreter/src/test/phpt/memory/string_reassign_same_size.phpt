--TEST--
replacing a string by a new one of the same size leaves usage unchanged
--ALLOCATOR--
zendmm
--FILE--
<?php
$x = str_repeat('a', 100);
$m = memory_get_usage();
$x = str_repeat('b', 100);
$d1 = memory_get_usage() - $m;
$m = memory_get_usage();
$x = str_repeat('c', 200);
$d2 = memory_get_usage() - $m;
var_dump($d1, $d2);
--EXPECT--
int(0)
int(96)
--EXPECT_MALLOC--
int(0)
int(0)
--EXPECT_TRACKED--
int(0)
int(100)
