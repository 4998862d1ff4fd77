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
