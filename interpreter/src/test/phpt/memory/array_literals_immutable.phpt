--TEST--
constant array literals are immutable and cost nothing
--ALLOCATOR--
zendmm
--FILE--
<?php
$m = memory_get_usage(); $a = []; $d1 = memory_get_usage() - $m;
$m = memory_get_usage(); $b = [1]; $d2 = memory_get_usage() - $m;
$m = memory_get_usage(); $c = [5 => 1]; $d3 = memory_get_usage() - $m;
$m = memory_get_usage(); $e = ['a' => [1, 2], 'b' => 'x']; $d4 = memory_get_usage() - $m;
var_dump($d1, $d2, $d3, $d4);
--EXPECT--
int(0)
int(0)
int(0)
int(0)
--EXPECT_MALLOC--
int(0)
int(0)
int(0)
int(0)
--EXPECT_TRACKED--
int(0)
int(0)
int(0)
int(0)
