--TEST--
building a string with .= costs len+32 rounded to the bin/pages of the final size
--ALLOCATOR--
zendmm
--FILE--
<?php
function grow($n) {
    $m = memory_get_usage();
    $s = '';
    for ($i = 0; $i < $n; $i++) $s .= 'x';
    return memory_get_usage() - $m;
}
$r = [];
foreach ([1, 2, 100, 1000, 10000] as $n) $r[] = "$n:" . grow($n);
echo implode("\n", $r), "\n";
--EXPECT--
1:0
2:32
100:160
1000:1280
10000:12288
--EXPECT_MALLOC--
1:0
2:0
100:0
1000:0
10000:0
--EXPECT_TRACKED--
1:0
2:32
100:132
1000:1032
10000:10032
