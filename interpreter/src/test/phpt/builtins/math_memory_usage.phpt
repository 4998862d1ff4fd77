--TEST--
memory_get_usage() moves as in PHP for number_format, the base conversions, max() of arrays
--ALLOCATOR--
zendmm
--FILE--
<?php
$a = 0; $b = 0; $s = null; $d = [];
$a = memory_get_usage(); $s = number_format(1234567.891, 2); $b = memory_get_usage(); $d[] = $b - $a; $s = null;
$a = memory_get_usage(); $s = dechex(123456); $b = memory_get_usage(); $d[] = $b - $a; $s = null;
$a = memory_get_usage(); $s = dechex(10); $b = memory_get_usage(); $d[] = $b - $a; $s = null;
$a = memory_get_usage(); $s = base_convert('ff', 16, 2); $b = memory_get_usage(); $d[] = $b - $a; $s = null;
$a = memory_get_usage(); $s = max([1, 2], [3]); $b = memory_get_usage(); $d[] = $b - $a; $s = null;
echo implode(' ', $d), "\n";
--EXPECT--
40 32 32 40 0
--EXPECT_MALLOC--
0 0 0 0 0
--EXPECT_TRACKED--
40 32 32 40 0
