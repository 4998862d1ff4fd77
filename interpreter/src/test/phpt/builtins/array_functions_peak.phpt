--TEST--
memory_get_peak_usage deltas of array builtins (temporary lists, exclude maps, duplicated arrays)
--ALLOCATOR--
zendmm
--FILE--
<?php
$base = range(1, 40);
$map = ['a' => 1, 'b' => 2, 'c' => 3, 5 => 'x'];
$d = [];
$m = memory_get_usage(); memory_reset_peak_usage(); $r = array_unique($base, SORT_REGULAR); $d[] = memory_get_peak_usage() - $m; unset($r);
$m = memory_get_usage(); memory_reset_peak_usage(); $r = array_unique($base); $d[] = memory_get_peak_usage() - $m; unset($r);
$m = memory_get_usage(); memory_reset_peak_usage(); $r = array_diff($base, [3, 4], $map); $d[] = memory_get_peak_usage() - $m; unset($r);
$m = memory_get_usage(); memory_reset_peak_usage(); $r = array_intersect($base, [3, 4], $base); $d[] = memory_get_peak_usage() - $m; unset($r);
$m = memory_get_usage(); memory_reset_peak_usage(); $r = array_merge($map, $base); $d[] = memory_get_peak_usage() - $m; unset($r);
$m = memory_get_usage(); memory_reset_peak_usage(); $r = array_diff_key($map, $base); $d[] = memory_get_peak_usage() - $m; unset($r);
echo implode(' ', $d), "\n";
--EXPECT--
3128 4888 1688 4584 2616 376
--EXPECT_MALLOC--
0 0 0 0 0 0
--EXPECT_TRACKED--
0 0 0 0 0 0
