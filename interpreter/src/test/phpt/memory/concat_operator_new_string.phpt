--TEST--
$a . $b allocates a new string of len(a)+len(b)+32 rounded
--ALLOCATOR--
zendmm
--FILE--
<?php
$a = str_repeat('a', 50);
$b = str_repeat('b', 50);
$m = memory_get_usage();
$c = $a . $b;
$d = memory_get_usage() - $m;
var_dump($d, strlen($c));
--EXPECT--
int(128)
int(100)
--EXPECT_MALLOC--
int(0)
int(100)
--EXPECT_TRACKED--
int(128)
int(100)
