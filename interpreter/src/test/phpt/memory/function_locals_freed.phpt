--TEST--
locals of a returning function are freed; the return value survives
--ALLOCATOR--
zendmm
--FILE--
<?php
function work() {
    $tmp = str_repeat('t', 1000);
    $keep = str_repeat('k', 100);
    return $keep;
}
$m = memory_get_usage();
$r = work();
$d = memory_get_usage() - $m;
var_dump($d);
--EXPECT--
int(160)
--EXPECT_MALLOC--
int(0)
--EXPECT_TRACKED--
int(132)
