--TEST--
arrays with string keys: 40 bytes per slot plus a 32-byte key string each
--ALLOCATOR--
zendmm
--FILE--
<?php
function keys($c) {
    $m = memory_get_usage();
    $x = [];
    for ($i = 0; $i < $c; $i++) $x["k$i"] = $i;
    return memory_get_usage() - $m;
}
$r = [];
foreach ([1, 8, 9, 1000] as $c) $r[] = "$c:" . keys($c);
echo implode("\n", $r), "\n";
--EXPECT--
1:408
8:632
9:984
1000:73016
--EXPECT_MALLOC--
1:0
8:0
9:0
1000:0
--EXPECT_TRACKED--
1:408
8:632
9:984
1000:73016
