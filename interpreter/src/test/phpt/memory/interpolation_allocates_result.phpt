--TEST--
an interpolated string allocates its result
--ALLOCATOR--
zendmm
--FILE--
<?php
$name = str_repeat('n', 20);
$m = memory_get_usage();
$s = "Hello $name, welcome!";
$d = memory_get_usage() - $m;
var_dump(strlen($s), $d);
--EXPECT--
int(36)
int(64)
--EXPECT_MALLOC--
int(36)
int(0)
--EXPECT_TRACKED--
int(36)
int(64)
