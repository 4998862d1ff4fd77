--TEST--
var_dump/print_r, comparisons and (array) of an exception make its properties table once (376 bytes); a closure's debug view is temporary
--ALLOCATOR--
zendmm
--FILE--
<?php
$e = new Exception("m");
$e2 = new Exception("m");
$e3 = new Exception("m");
$f = function ($x) {};
$m = memory_get_usage();
$s = print_r($e, true);
unset($s);
$printR = memory_get_usage() - $m;
$m = memory_get_usage();
$s = print_r($e, true);
unset($s);
$again = memory_get_usage() - $m;
$m = memory_get_usage();
$s = print_r($f, true);
unset($s);
$closure = memory_get_usage() - $m;
$m = memory_get_usage();
$same = $e2 == $e;
$compare = memory_get_usage() - $m;
$m = memory_get_usage();
$a = (array) $e3;
$castWithoutTable = memory_get_usage() - $m;
$m = memory_get_usage();
$b = (array) $e;
$castWithTable = memory_get_usage() - $m;
var_dump($printR, $again, $closure, $compare, $castWithoutTable, $castWithTable);
--EXPECT--
int(376)
int(0)
int(0)
int(376)
int(376)
int(376)
--EXPECT_MALLOC--
int(0)
int(0)
int(0)
int(0)
int(0)
int(0)
--EXPECT_TRACKED--
int(376)
int(0)
int(0)
int(376)
int(376)
int(376)
