--TEST--
range(1,1000) and an array of 1000 short strings
--ALLOCATOR--
zendmm
--FILE--
<?php
$m = memory_get_usage(); $x = range(1, 1000); $d1 = memory_get_usage() - $m; unset($x);
$m = memory_get_usage(); $y = []; for ($i = 0; $i < 1000; $i++) $y[] = "s$i"; $d2 = memory_get_usage() - $m; unset($y);
var_dump($d1, $d2);
--EXPECT--
int(20536)
int(52536)
--EXPECT_MALLOC--
int(0)
int(0)
--EXPECT_TRACKED--
int(16448)
int(48448)
