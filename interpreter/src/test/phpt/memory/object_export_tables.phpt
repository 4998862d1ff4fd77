--TEST--
var_export of a closure leaves its (empty) properties table, 56 bytes; json_encode and serialize read the slots and leave nothing; getTraceAsString returns smart_str's whole buffer
--ALLOCATOR--
zendmm
--FILE--
<?php
$f = function () {};
$e = new Exception("m");
$m = memory_get_usage();
$s = var_export($f, true);
unset($s);
$export = memory_get_usage() - $m;
$m = memory_get_usage();
$s = json_encode($e);
unset($s);
$json = memory_get_usage() - $m;
$m = memory_get_usage();
$s = serialize($e);
unset($s);
$serialize = memory_get_usage() - $m;
$m = memory_get_usage();
$t = $e->getTraceAsString();
$trace = memory_get_usage() - $m;
var_dump($export, $json, $serialize, $trace, $t);
--EXPECT--
int(56)
int(0)
int(0)
int(256)
string(9) "#0 {main}"
--EXPECT_MALLOC--
int(0)
int(0)
int(0)
int(0)
string(9) "#0 {main}"
--EXPECT_TRACKED--
int(56)
int(0)
int(0)
int(256)
string(9) "#0 {main}"
