--TEST--
strings over 3072 bytes take whole 4 KiB pages
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
foreach ([3040, 3041, 3047, 3048, 3100, 4064, 4065, 4071, 4072, 5000, 100000] as $n) {
    $r[] = "$n:" . cost($n);
}
echo implode("\n", $r), "\n";
--EXPECT--
3040:3072
3041:4096
3047:4096
3048:4096
3100:4096
4064:4096
4065:8192
4071:8192
4072:8192
5000:8192
100000:102400
