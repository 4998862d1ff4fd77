--TEST--
literals, one-char strings and single-digit casts are interned (0 bytes); other casts allocate
--ALLOCATOR--
zendmm
--FILE--
<?php
$m = memory_get_usage(); $a = "a literal string"; $d1 = memory_get_usage() - $m;
$s = "hello";
$m = memory_get_usage(); $b = $s[0]; $d2 = memory_get_usage() - $m;
$m = memory_get_usage(); $c = chr(200); $d3 = memory_get_usage() - $m;
$seven = 7;
$m = memory_get_usage(); $e = (string)$seven; $d4 = memory_get_usage() - $m;
$n = 42;
$m = memory_get_usage(); $f = (string)$n; $d5 = memory_get_usage() - $m;
$m = memory_get_usage(); $g = ""; $d6 = memory_get_usage() - $m;
var_dump($d1, $d2, $d3, $d4, $d5, $d6);
--EXPECT--
int(0)
int(0)
int(0)
int(0)
int(32)
int(0)
--EXPECT_MALLOC--
int(0)
int(0)
int(0)
int(0)
int(0)
int(0)
--EXPECT_TRACKED--
int(0)
int(0)
int(0)
int(0)
int(32)
int(0)
