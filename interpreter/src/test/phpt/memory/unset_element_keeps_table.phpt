--TEST--
unsetting array elements does not shrink the table; the values are freed
--ALLOCATOR--
zendmm
--FILE--
<?php
$a = [];
for ($i = 0; $i < 16; $i++) $a[] = $i;
$m = memory_get_usage(); unset($a[3]); $d1 = memory_get_usage() - $m;
$b = [];
for ($i = 0; $i < 4; $i++) $b[] = str_repeat('s', 100);
$m = memory_get_usage(); unset($b[0]); $d2 = memory_get_usage() - $m;
var_dump($d1, $d2);
--EXPECT--
int(0)
int(-160)
--EXPECT_MALLOC--
int(0)
int(0)
--EXPECT_TRACKED--
int(0)
int(-132)
