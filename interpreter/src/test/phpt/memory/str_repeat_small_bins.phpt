--TEST--
str_repeat results cost len+32 rounded up to a small bin
--ALLOCATOR--
zendmm
--FILE--
<?php
function cost($n) {
    $m = memory_get_usage();
    $s = str_repeat('x', $n);
    return memory_get_usage() - $m;
}
$r = [];
foreach ([0, 1, 8, 9, 10, 24, 25, 100, 1000, 3000] as $n) {
    $r[] = "$n:" . cost($n);
}
echo implode("\n", $r), "\n";
--EXPECT--
0:0
1:40
8:40
9:48
10:48
24:56
25:64
100:160
1000:1280
3000:3072
