--TEST--
foreach over an object makes its properties table (376 bytes for an exception, 56 for a closure); by reference, the variable becomes a reference (32 bytes)
--ALLOCATOR--
zendmm
--FILE--
<?php
$e = new Exception("m");
$f = function () {};
$e2 = new Exception("m");
$m = memory_get_usage();
foreach ($e as $v) {
}
$exception = memory_get_usage() - $m;
$m = memory_get_usage();
foreach ($f as $v) {
}
$closure = memory_get_usage() - $m;
$m = memory_get_usage();
foreach ($e2 as &$v) {
}
$byRef = memory_get_usage() - $m;
$m = memory_get_usage();
foreach ($e as $v) {
}
$again = memory_get_usage() - $m;
var_dump($exception, $closure, $byRef, $again);
--EXPECT--
int(376)
int(56)
int(408)
int(0)
--EXPECT_MALLOC--
int(0)
int(0)
int(0)
int(0)
--EXPECT_TRACKED--
int(376)
int(56)
int(408)
int(0)
