--TEST--
adding a string key to a packed array converts it to a hash
--ALLOCATOR--
zendmm
--FILE--
<?php
$a = [];
for ($i = 0; $i < 3; $i++) $a[] = $i;
$m = memory_get_usage();
$a['k'] = 1;
$d = memory_get_usage() - $m;
var_dump($d);
--EXPECT--
int(160)
--EXPECT_MALLOC--
int(0)
--EXPECT_TRACKED--
int(160)
