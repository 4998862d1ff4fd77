--TEST--
memory_get_usage() moves as in PHP for var_export(.., true), serialize() (trimmed smart_str) and unserialize() (mixed tables, len+32 strings)
--ALLOCATOR--
zendmm
--FILE--
<?php
$a = 0; $b = 0; $s = null; $d = [];
$x = [1, 2, 'k' => 'value', 'n' => [1.5, true]];
$a = memory_get_usage(); $s = var_export($x, true); $b = memory_get_usage(); $d[] = $b - $a; $s = null;
$a = memory_get_usage(); $s = var_export("xxx", true); $b = memory_get_usage(); $d[] = $b - $a; $s = null;
$a = memory_get_usage(); $s = serialize($x); $b = memory_get_usage(); $d[] = $b - $a; $s = null;
$a = memory_get_usage(); $s = unserialize('a:2:{i:0;s:5:"hello";s:1:"k";a:1:{i:0;d:1.5;}}'); $b = memory_get_usage(); $d[] = $b - $a; $s = null;
$a = memory_get_usage(); $s = unserialize('a:0:{}'); $b = memory_get_usage(); $d[] = $b - $a; $s = null;
$a = memory_get_usage(); $s = unserialize('s:1:"h";'); $b = memory_get_usage(); $d[] = $b - $a; $s = null;
$a = memory_get_usage(); $s = unserialize('s:30:"' . str_repeat('z', 30) . '";'); $b = memory_get_usage(); $d[] = $b - $a; $s = null;
$a = memory_get_usage(); $s = unserialize('a:9:{i:0;i:1;i:1;i:1;i:2;i:1;i:3;i:1;i:4;i:1;i:5;i:1;i:6;i:1;i:7;i:1;i:8;i:1;}'); $b = memory_get_usage(); $d[] = $b - $a; $s = null;
$a = memory_get_usage(); $s = strval(12345); $b = memory_get_usage(); $d[] = $b - $a; $s = null;
echo implode(' ', $d), "\n";
--EXPECT--
160 40 112 792 0 0 64 696 32
--EXPECT_MALLOC--
0 0 0 0 0 0 0 0 0
--EXPECT_TRACKED--
133 37 106 789 0 0 62 696 32
