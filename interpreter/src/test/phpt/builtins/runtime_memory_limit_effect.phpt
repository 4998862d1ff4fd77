--TEST--
a lower memory_limit set with ini_set() takes effect at once
--ALLOCATOR--
zendmm
--FILE--
<?php
var_dump(ini_set('memory_limit', '4M'));
$s = str_repeat('x', 3 * 1024 * 1024);
echo strlen($s), "\n";
$t = str_repeat('y', 2 * 1024 * 1024);
echo "not reached\n";
--EXPECTF--
string(4) "128M"

Fatal error: Allowed memory size of 4194304 bytes exhausted (tried to allocate 3149824 bytes) in %s on line 3
--EXPECT_MALLOC--
string(4) "128M"
3145728
not reached
--EXPECTF_TRACKED--
string(4) "128M"
3145728

Fatal error: Allowed memory size of 4194304 bytes exhausted (tried to allocate 2097184 bytes) in %s on line 5
