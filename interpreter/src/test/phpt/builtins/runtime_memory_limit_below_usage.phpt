--TEST--
ini_set('memory_limit') below the current usage warns and keeps the old limit
--ALLOCATOR--
zendmm
--FILE--
<?php
var_dump(ini_set('memory_limit', '1K'));
var_dump(ini_get('memory_limit'));
--EXPECTF--
Warning: Failed to set memory limit to 1024 bytes (Current memory usage is 2097152 bytes) in %s on line 2
bool(false)
string(4) "128M"
--EXPECT_MALLOC--
string(4) "128M"
string(2) "1K"
--EXPECTF_TRACKED--
Warning: Failed to set memory limit to 1024 bytes (Current memory usage is %d bytes) in %s on line 2
bool(false)
string(4) "128M"
