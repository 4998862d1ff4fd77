--TEST--
memory_get_usage, peak and reset
--ALLOCATOR--
zendmm
--FILE--
<?php
$m = memory_get_usage();
$s = str_repeat("x", 100000);
$d = memory_get_usage() - $m;
$p = memory_get_peak_usage() - $m;
unset($s);
echo $d, " ", $p >= $d ? "peak ok" : "peak wrong", " ", memory_get_usage() - $m, "\n";
memory_reset_peak_usage();
echo memory_get_peak_usage() - memory_get_usage(), "\n";
var_dump(memory_get_usage(true) % 2097152, gc_mem_caches() >= 0);
--EXPECT--
102400 peak ok 32
0
int(0)
bool(true)
--EXPECT_MALLOC--
0 peak ok 0
0
int(0)
bool(true)
--EXPECTF_TRACKED--
100032 peak wrong 25
0
int(%d)
bool(true)
