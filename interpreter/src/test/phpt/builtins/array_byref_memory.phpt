--TEST--
memory_get_usage deltas of sort, array_push/pop/shift/unshift, array_splice (packed/hash conversions as php)
--ALLOCATOR--
zendmm
--FILE--
<?php
$d = [];
$a = range(1, 20); $m = memory_get_usage(); sort($a); $d[] = memory_get_usage() - $m;
$a = range(1, 20); $m = memory_get_usage(); asort($a); $d[] = memory_get_usage() - $m;
$a = ['b' => 1, 'a' => 2]; $a['c'] = 3; $m = memory_get_usage(); ksort($a); $d[] = memory_get_usage() - $m;
$a = range(1, 8); $m = memory_get_usage(); array_push($a, 9); $d[] = memory_get_usage() - $m;
$a = range(1, 8); $m = memory_get_usage(); $x = array_pop($a); $d[] = memory_get_usage() - $m;
$a = range(1, 8); $m = memory_get_usage(); $x = array_shift($a); $d[] = memory_get_usage() - $m;
$a = range(1, 8); $m = memory_get_usage(); array_unshift($a, 0); $d[] = memory_get_usage() - $m;
$a = range(1, 20); $m = memory_get_usage(); $r = array_splice($a, 2, 3, [1, 2]); $d[] = memory_get_usage() - $m; unset($r);
$a = range(1, 20); $b = $a; $m = memory_get_usage(); sort($a); $d[] = memory_get_usage() - $m;
$a = range(1, 20); $m = memory_get_usage(); memory_reset_peak_usage(); rsort($a); $d[] = memory_get_peak_usage() - $m;
$a = range(1, 20); $m = memory_get_usage(); memory_reset_peak_usage(); array_unshift($a, 1, 2); $d[] = memory_get_peak_usage() - $m;
echo implode(' ', $d), "\n";
--EXPECT--
32 640 0 160 0 0 160 216 696 1280 640
--EXPECT_MALLOC--
0 0 0 0 0 0 0 0 0 0 0
--EXPECT_TRACKED--
32 760 0 128 0 0 128 216 576 0 0
