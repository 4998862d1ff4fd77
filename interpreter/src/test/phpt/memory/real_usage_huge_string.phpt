--TEST--
memory_get_usage(true) grows by the mapped size of a huge block and shrinks after unset
--ALLOCATOR--
zendmm
--FILE--
<?php
$r0 = memory_get_usage(true);
$s = str_repeat('x', 3145728);
$r1 = memory_get_usage(true) - $r0;
unset($s);
$r2 = memory_get_usage(true) - $r0;
var_dump($r1, $r2);
--EXPECT--
int(3149824)
int(0)
--EXPECT_MALLOC--
int(0)
int(0)
--EXPECT_TRACKED--
int(3145760)
int(0)
