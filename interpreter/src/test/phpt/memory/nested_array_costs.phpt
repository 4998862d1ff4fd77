--TEST--
a 2-level nested array built at run time
--ALLOCATOR--
zendmm
--FILE--
<?php
$m = memory_get_usage();
$grid = [];
for ($i = 0; $i < 10; $i++) {
    for ($j = 0; $j < 10; $j++) {
        $grid[$i][$j] = $i * $j;
    }
}
$d = memory_get_usage() - $m;
var_dump($d);
--EXPECT--
int(4136)
--EXPECT_MALLOC--
int(0)
--EXPECT_TRACKED--
int(3520)
