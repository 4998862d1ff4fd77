--TEST--
the first output of the request allocates the default Content-type (32 bytes), later output nothing
--ALLOCATOR--
zendmm
--FILE--
<?php
$m = memory_get_usage();
echo "first\n";
$d1 = memory_get_usage() - $m;
$m = memory_get_usage();
echo "second\n";
$d2 = memory_get_usage() - $m;
var_dump($d1, $d2);
--EXPECT--
first
second
int(32)
int(0)
--EXPECT_MALLOC--
first
second
int(0)
int(0)
--EXPECT_TRACKED--
first
second
int(25)
int(0)
