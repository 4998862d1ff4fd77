--TEST--
memory_get_usage deltas of array builtins' results (allocation sizes as php's array_init_size)
--ALLOCATOR--
zendmm
--FILE--
<?php
$base = range(1, 20);
$map = ['a' => 1, 'b' => 2, 'c' => 3, 5 => 'x'];
$d = [];
$m = memory_get_usage(); $r = array_merge($base, [1, 2]); $d[] = memory_get_usage() - $m; unset($r);
$m = memory_get_usage(); $r = array_merge($map, $map); $d[] = memory_get_usage() - $m; unset($r);
$m = memory_get_usage(); $r = array_merge($base, []); $d[] = memory_get_usage() - $m; unset($r);
$m = memory_get_usage(); $r = array_slice($base, 2, 5); $d[] = memory_get_usage() - $m; unset($r);
$m = memory_get_usage(); $r = array_slice($base, 0); $d[] = memory_get_usage() - $m; unset($r);
$m = memory_get_usage(); $r = array_reverse($base); $d[] = memory_get_usage() - $m; unset($r);
$m = memory_get_usage(); $r = array_flip($base); $d[] = memory_get_usage() - $m; unset($r);
$m = memory_get_usage(); $r = array_fill(0, 100, 'v'); $d[] = memory_get_usage() - $m; unset($r);
$m = memory_get_usage(); $r = array_fill(10, 3, 'v'); $d[] = memory_get_usage() - $m; unset($r);
$m = memory_get_usage(); $r = array_fill_keys(['a', 'b'], 0); $d[] = memory_get_usage() - $m; unset($r);
$m = memory_get_usage(); $r = array_pad($base, 30, 0); $d[] = memory_get_usage() - $m; unset($r);
$m = memory_get_usage(); $r = array_chunk($base, 7); $d[] = memory_get_usage() - $m; unset($r);
$m = memory_get_usage(); $r = array_combine(['x', 'y'], [1, 2]); $d[] = memory_get_usage() - $m; unset($r);
$m = memory_get_usage(); $r = array_unique([1, 2, 2, 3]); $d[] = memory_get_usage() - $m; unset($r);
$m = memory_get_usage(); $r = array_unique([1, 2, 2, 3], SORT_REGULAR); $d[] = memory_get_usage() - $m; unset($r);
$m = memory_get_usage(); $r = array_diff($base, [3, 4]); $d[] = memory_get_usage() - $m; unset($r);
$m = memory_get_usage(); $r = array_intersect($base, [3, 4]); $d[] = memory_get_usage() - $m; unset($r);
$m = memory_get_usage(); $r = array_column([['a' => 1], ['a' => 2]], 'a'); $d[] = memory_get_usage() - $m; unset($r);
$m = memory_get_usage(); $r = array_count_values(['a', 'b', 'a']); $d[] = memory_get_usage() - $m; unset($r);
$m = memory_get_usage(); $r = array_replace($base, [0 => 'z']); $d[] = memory_get_usage() - $m; unset($r);
$m = memory_get_usage(); $x = array_merge($base, [1]); $y = array_unique($x); $d[] = memory_get_usage() - $m; unset($x, $y);
$m = memory_get_usage(); $d[] = memory_get_usage() - $m;
echo implode(' ', $d), "\n";
--EXPECT--
696 376 0 216 696 696 696 2616 376 376 696 864 376 216 216 696 696 216 376 696 1392 0
--EXPECT_MALLOC--
0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
--EXPECT_TRACKED--
576 376 0 216 576 576 576 2112 376 376 576 840 376 216 192 576 576 216 376 576 1152 0
