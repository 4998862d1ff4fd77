--TEST--
memory_get_usage() moves as in PHP for json_encode() results and json_decode() arrays and strings
--ALLOCATOR--
zendmm
--FILE--
<?php
$a = 0; $b = 0; $s = null; $d = [];
$a = memory_get_usage(); $s = json_encode([1, 2, 'k' => 'value']); $b = memory_get_usage(); $d[] = $b - $a; $s = null;
$a = memory_get_usage(); $s = json_encode(str_repeat('x', 46)); $b = memory_get_usage(); $d[] = $b - $a; $s = null;
$a = memory_get_usage(); $s = json_decode('{"a":[1,2,{"b":"xyz"}],"c":"d"}', true); $b = memory_get_usage(); $d[] = $b - $a; $s = null;
$a = memory_get_usage(); $s = json_decode('[]', true); $b = memory_get_usage(); $d[] = $b - $a; $s = null;
$a = memory_get_usage(); $s = json_decode('{}', true); $b = memory_get_usage(); $d[] = $b - $a; $s = null;
$a = memory_get_usage(); $s = json_decode('"abcdefgh"'); $b = memory_get_usage(); $d[] = $b - $a; $s = null;
$a = memory_get_usage(); $s = json_decode('"h"'); $b = memory_get_usage(); $d[] = $b - $a; $s = null;
$a = memory_get_usage(); $s = json_last_error_msg(); $b = memory_get_usage(); $d[] = $b - $a; $s = null;
echo implode(' ', $d), "\n";
--EXPECT--
64 80 1128 0 0 40 32 40
--EXPECT_MALLOC--
0 0 0 0 0 0 0 0
--EXPECT_TRACKED--
57 80 1104 0 0 40 32 40
