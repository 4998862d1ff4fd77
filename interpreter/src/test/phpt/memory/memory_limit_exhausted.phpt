--TEST--
exceeding memory_limit is fatal; the request size is ZendMM's huge-block size (page-rounded len+32)
--ALLOCATOR--
zendmm
--INI--
memory_limit=2M
--FILE--
<?php
echo "start\n";
$s = str_repeat("x", 4 * 1024 * 1024);
echo "never\n";
--EXPECTF--
start

Fatal error: Allowed memory size of 2097152 bytes exhausted (tried to allocate 4198400 bytes) in %s on line 3
--EXPECT_MALLOC--
start
never
--EXPECTF_TRACKED--
start

Fatal error: Allowed memory size of 2097152 bytes exhausted (tried to allocate 4194336 bytes) in %s on line 3
