--TEST--
assigning a string to another variable shares it (refcount), writing separates
--ALLOCATOR--
zendmm
--FILE--
<?php
$s = str_repeat('y', 100);
$m = memory_get_usage(); $t = $s; $d1 = memory_get_usage() - $m;
$m = memory_get_usage(); $t[0] = 'z'; $d2 = memory_get_usage() - $m;
$m = memory_get_usage(); unset($t); $d3 = memory_get_usage() - $m;
$m = memory_get_usage(); unset($s); $d4 = memory_get_usage() - $m;
var_dump($d1, $d2, $d3, $d4);
--EXPECT--
int(0)
int(128)
int(-128)
int(-160)
--EXPECT_MALLOC--
int(0)
int(0)
int(0)
int(0)
--EXPECT_TRACKED--
int(0)
int(128)
int(-128)
int(-132)
