--TEST--
packed arrays: 56-byte header plus 16 bytes per slot (+8) rounded, doubling from 8
--ALLOCATOR--
zendmm
--FILE--
<?php
function ints($c) {
    $m = memory_get_usage();
    $x = [];
    for ($i = 0; $i < $c; $i++) $x[] = $i;
    return memory_get_usage() - $m;
}
$r = [];
foreach ([1, 8, 9, 16, 17, 32, 33, 1000] as $c) $r[] = "$c:" . ints($c);
echo implode("\n", $r), "\n";
--EXPECT--
1:216
8:216
9:376
16:376
17:696
32:696
33:1336
1000:20536
--EXPECT_MALLOC--
1:0
8:0
9:0
16:0
17:0
32:0
33:0
1000:0
--EXPECT_TRACKED--
1:216
8:216
9:320
16:320
17:576
32:576
33:1088
1000:16448
