--TEST--
an exception's trace is php's array of frames: 752 bytes for one frame with one argument, arguments kept alive
--ALLOCATOR--
zendmm
--FILE--
<?php
function f($x) {
    return new Exception("a");
}
$m = memory_get_usage();
$top = new Exception();
$atTop = memory_get_usage() - $m;
$m = memory_get_usage();
$inner = f(1);
$oneFrame = memory_get_usage() - $m;
$m = memory_get_usage();
$kept = f(str_repeat("x", 20));
$withString = memory_get_usage() - $m;
$m = memory_get_usage();
unset($top, $inner, $kept);
$freed = memory_get_usage() - $m;
var_dump($oneFrame - $atTop, $withString - $oneFrame, $freed + $atTop + $oneFrame + $withString);
--EXPECT--
int(752)
int(56)
int(0)
--EXPECT_MALLOC--
int(0)
int(0)
int(0)
--EXPECT_TRACKED--
int(704)
int(52)
int(0)
