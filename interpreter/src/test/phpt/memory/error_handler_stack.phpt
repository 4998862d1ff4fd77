--TEST--
set_error_handler keeps the replaced handlers on stacks grown 16 at a time; restore does not shrink them
--ALLOCATOR--
zendmm
--FILE--
<?php
$m = memory_get_usage(); set_error_handler('strlen'); $d1 = memory_get_usage() - $m;
$m = memory_get_usage(); for ($i = 0; $i < 15; $i++) set_error_handler('strlen'); $d2 = memory_get_usage() - $m;
$m = memory_get_usage(); set_error_handler('strlen'); $d3 = memory_get_usage() - $m;
$m = memory_get_usage(); for ($i = 0; $i < 17; $i++) restore_error_handler(); $d4 = memory_get_usage() - $m;
var_dump($d1, $d2, $d3, $d4);
--EXPECT--
int(320)
int(0)
int(320)
int(0)
--EXPECT_MALLOC--
int(0)
int(0)
int(0)
int(0)
--EXPECT_TRACKED--
int(320)
int(0)
int(320)
int(0)
