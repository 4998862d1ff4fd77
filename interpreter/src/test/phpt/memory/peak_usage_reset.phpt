--TEST--
memory_get_peak_usage remembers a freed allocation until memory_reset_peak_usage
--ALLOCATOR--
zendmm
--FILE--
<?php
memory_reset_peak_usage();
$m = memory_get_usage();
$s = str_repeat('x', 100000);
unset($s);
$p1 = memory_get_peak_usage() - $m;
memory_reset_peak_usage();
$p2 = memory_get_peak_usage() - memory_get_usage();
var_dump($p1, $p2);
--EXPECT--
int(102400)
int(0)
--EXPECT_MALLOC--
int(0)
int(0)
--EXPECT_TRACKED--
int(0)
int(0)
