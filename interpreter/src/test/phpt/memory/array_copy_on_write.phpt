--TEST--
copying an array is free; the first write duplicates it
--ALLOCATOR--
zendmm
--FILE--
<?php
$arr = [];
for ($i = 0; $i < 100; $i++) $arr[] = $i;
$m = memory_get_usage(); $b = $arr; $d1 = memory_get_usage() - $m;
$m = memory_get_usage(); $b[] = 1; $d2 = memory_get_usage() - $m;
$m = memory_get_usage(); $c = $arr; $c[0] = 'x'; $d3 = memory_get_usage() - $m;
$m = memory_get_usage(); unset($b, $c); $d4 = memory_get_usage() - $m;
var_dump($d1, $d2, $d3, $d4);
--EXPECT--
int(0)
int(2616)
int(2616)
int(-5232)
--EXPECT_MALLOC--
int(0)
int(0)
int(0)
int(0)
--EXPECT_TRACKED--
int(0)
int(2112)
int(2112)
int(-4224)
