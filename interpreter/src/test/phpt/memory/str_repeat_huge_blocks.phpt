--TEST--
strings of 2 MiB and more are huge blocks: page-rounded len+32 plus a 24-byte list node
--ALLOCATOR--
zendmm
--FILE--
<?php
function cost($n) {
    $m = memory_get_usage();
    $s = str_repeat('x', $n);
    return memory_get_usage() - $m;
}
$a = cost(2097152);
$b = cost(3145728);
$c = cost(2093000);
var_dump($a, $b, $c);
--EXPECT--
int(2101272)
int(3149848)
int(2093056)
--EXPECT_MALLOC--
int(0)
int(0)
int(0)
--EXPECT_TRACKED--
int(2097184)
int(3145760)
int(2093032)
