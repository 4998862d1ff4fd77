--TEST--
unsetting everything that was allocated brings usage back to the same value
--ALLOCATOR--
zendmm
--FILE--
<?php
$m = memory_get_usage();
$a = [];
for ($i = 0; $i < 500; $i++) $a["key$i"] = str_repeat('v', $i);
$s = str_repeat('z', 50000);
$mid = memory_get_usage() - $m;
unset($a, $s);
$after = memory_get_usage() - $m;
var_dump($mid > 0, $after);
--EXPECT--
bool(true)
int(0)
--EXPECT_MALLOC--
bool(false)
int(0)
--EXPECT_TRACKED--
bool(true)
int(0)
