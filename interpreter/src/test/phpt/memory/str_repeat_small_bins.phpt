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
--EXPECT_MALLOC--
0:0
1:0
8:0
9:0
10:0
24:0
25:0
100:0
1000:0
3000:0
--EXPECT_TRACKED--
0:0
1:33
8:40
9:41
10:42
24:56
25:57
100:132
1000:1032
3000:3032
