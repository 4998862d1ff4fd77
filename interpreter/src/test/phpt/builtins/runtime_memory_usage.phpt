--TEST--
memory_get_usage() moves as in PHP for ini_get, microtime, hrtime, func_get_args and date (its untrimmed buffer)
--ALLOCATOR--
zendmm
--FILE--
<?php
$a = 0; $b = 0; $s = null; $d = [];
function f() { return func_get_args(); }
$s = date('Y', 0); $s = null;
$a = memory_get_usage(); $s = ini_get('memory_limit'); $b = memory_get_usage(); $d[] = $b - $a; $s = null;
$a = memory_get_usage(); $s = microtime(); $b = memory_get_usage(); $d[] = $b - $a; $s = null;
$a = memory_get_usage(); $s = hrtime(); $b = memory_get_usage(); $d[] = $b - $a; $s = null;
$a = memory_get_usage(); $s = f(1, 2, 3); $b = memory_get_usage(); $d[] = $b - $a; $s = null;
$a = memory_get_usage(); $s = f(); $b = memory_get_usage(); $d[] = $b - $a; $s = null;
$a = memory_get_usage(); $s = date('Y-m-d', 0); $b = memory_get_usage(); $d[] = $b - $a; $s = null;
echo implode(' ', $d), "\n";
--EXPECT--
0 56 216 216 0 256
--EXPECT_MALLOC--
0 0 0 0 0 0
--EXPECT_TRACKED--
0 53 216 216 0 256
