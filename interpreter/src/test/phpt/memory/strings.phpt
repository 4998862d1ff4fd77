--TEST--
zend_string sizes: str_repeat, .= growth (8.2.36 len+32), one-char interned casts, huge blocks
--ALLOCATOR--
zendmm
--FILE--
<?php
function r($l, $d) { echo $l, " ", $d, "\n"; }
$m = memory_get_usage(); $x = str_repeat("x", 0); $d = memory_get_usage() - $m; r("str_repeat 0", $d); unset($x);
$m = memory_get_usage(); $x = str_repeat("x", 1); $d = memory_get_usage() - $m; r("str_repeat 1", $d); unset($x);
$m = memory_get_usage(); $x = str_repeat("x", 10); $d = memory_get_usage() - $m; r("str_repeat 10", $d); unset($x);
$m = memory_get_usage(); $x = str_repeat("x", 100); $d = memory_get_usage() - $m; r("str_repeat 100", $d); unset($x);
$m = memory_get_usage(); $x = str_repeat("x", 1000); $d = memory_get_usage() - $m; r("str_repeat 1000", $d); unset($x);
$m = memory_get_usage(); $x = str_repeat("x", 3000); $d = memory_get_usage() - $m; r("str_repeat 3000", $d); unset($x);
$m = memory_get_usage(); $x = str_repeat("x", 3047); $d = memory_get_usage() - $m; r("str_repeat 3047", $d); unset($x);
$m = memory_get_usage(); $x = str_repeat("x", 3048); $d = memory_get_usage() - $m; r("str_repeat 3048", $d); unset($x);
$m = memory_get_usage(); $x = str_repeat("x", 3100); $d = memory_get_usage() - $m; r("str_repeat 3100", $d); unset($x);
$m = memory_get_usage(); $x = str_repeat("x", 4071); $d = memory_get_usage() - $m; r("str_repeat 4071", $d); unset($x);
$m = memory_get_usage(); $x = str_repeat("x", 4072); $d = memory_get_usage() - $m; r("str_repeat 4072", $d); unset($x);
$m = memory_get_usage(); $x = str_repeat("x", 5000); $d = memory_get_usage() - $m; r("str_repeat 5000", $d); unset($x);
$m = memory_get_usage(); $x = str_repeat("x", 2097152); $d = memory_get_usage() - $m; r("str_repeat 2097152", $d); unset($x);
$m = memory_get_usage(); $x = str_repeat("x", 3145728); $d = memory_get_usage() - $m; r("str_repeat 3145728", $d); unset($x);
$m = memory_get_usage(); $s = ""; for ($i = 0; $i < 100; $i++) $s .= "x"; $d = memory_get_usage() - $m; r(".= x 100", $d); unset($s);
$m = memory_get_usage(); $s = ""; for ($i = 0; $i < 1000; $i++) $s .= "x"; $d = memory_get_usage() - $m; r(".= x 1000", $d); unset($s);
$m = memory_get_usage(); $s = ""; for ($i = 0; $i < 10000; $i++) $s .= "x"; $d = memory_get_usage() - $m; r(".= x 10000", $d); unset($s);
$m = memory_get_usage(); $a = 7; $b = (string) $a; $c = (string) 42; $e = "k$a"; $d = memory_get_usage() - $m; r("casts and interpolation", $d);
$m = memory_get_usage(); $s = str_repeat("x", 3145728); $d = memory_get_usage() - $m; r("3MB delta", $d);
$r = memory_get_usage(true); $p = memory_get_peak_usage(); unset($s); r("unset frees", $p - memory_get_usage() - $d >= 0 ? "yes" : "no"); r("real shrinks", $r - memory_get_usage(true));
memory_reset_peak_usage(); r("reset peak", memory_get_peak_usage() - memory_get_usage());
--EXPECT--
str_repeat 0 0
str_repeat 1 40
str_repeat 10 48
str_repeat 100 160
str_repeat 1000 1280
str_repeat 3000 3072
str_repeat 3047 4096
str_repeat 3048 4096
str_repeat 3100 4096
str_repeat 4071 8192
str_repeat 4072 8192
str_repeat 5000 8192
str_repeat 2097152 2101272
str_repeat 3145728 3149848
.= x 100 160
.= x 1000 1280
.= x 10000 12288
casts and interpolation 64
3MB delta 3149848
unset frees yes
real shrinks 3149824
reset peak 0
--EXPECT_MALLOC--
str_repeat 0 0
str_repeat 1 0
str_repeat 10 0
str_repeat 100 0
str_repeat 1000 0
str_repeat 3000 0
str_repeat 3047 0
str_repeat 3048 0
str_repeat 3100 0
str_repeat 4071 0
str_repeat 4072 0
str_repeat 5000 0
str_repeat 2097152 0
str_repeat 3145728 0
.= x 100 0
.= x 1000 0
.= x 10000 0
casts and interpolation 0
3MB delta 0
unset frees yes
real shrinks 0
reset peak 0
--EXPECT_TRACKED--
str_repeat 0 0
str_repeat 1 33
str_repeat 10 42
str_repeat 100 132
str_repeat 1000 1032
str_repeat 3000 3032
str_repeat 3047 3079
str_repeat 3048 3080
str_repeat 3100 3132
str_repeat 4071 4103
str_repeat 4072 4104
str_repeat 5000 5032
str_repeat 2097152 2097184
str_repeat 3145728 3145760
.= x 100 132
.= x 1000 1032
.= x 10000 10032
casts and interpolation 64
3MB delta 3145760
unset frees no
real shrinks 3145760
reset peak 0
