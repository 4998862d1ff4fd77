--TEST--
passing an array to a function that only reads it allocates nothing
--ALLOCATOR--
zendmm
--FILE--
<?php
function total($a) { $s = 0; foreach ($a as $v) $s += $v; return $s; }
function modify($a) { $a[] = 1; return count($a); }
$arr = [];
for ($i = 0; $i < 100; $i++) $arr[] = $i;
$m = memory_get_usage(); $t = total($arr); $d1 = memory_get_usage() - $m;
$m = memory_get_usage(); $c = modify($arr); $d2 = memory_get_usage() - $m;
var_dump($t, $d1, $c, $d2);
--EXPECT--
int(4950)
int(0)
int(101)
int(0)
--EXPECT_MALLOC--
int(4950)
int(0)
int(101)
int(0)
--EXPECT_TRACKED--
int(4950)
int(0)
int(101)
int(0)
