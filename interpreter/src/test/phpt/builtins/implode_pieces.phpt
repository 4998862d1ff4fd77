--TEST--
implode() of every value type, one piece, none, and a large array (its do_alloca'd piece list comes from the heap above 32 KB, as php_implode's, and counts in the peak)
--ALLOCATOR--
zendmm
--FILE--
<?php
echo implode(",", [1, -2, 0, PHP_INT_MIN, PHP_INT_MAX, 1.5, true, false, null, "s", -0.0]), "\n";
echo implode([1, 2]), "|", implode("--", []), "|", implode("x", ["only"]), "|", implode("x", [42]), "\n";
echo @implode(",", [[1], "a"]), "\n";
$r = range(1, 5000); $m = memory_get_usage(); $s = implode(", ", $r); echo strlen($s), " ", memory_get_usage() - $m, " ", memory_get_peak_usage() >= $m + 5000 * 16, "\n";
$a = ['k' => 'v', 3 => 'w']; unset($a['k']); echo implode('+', $a), "\n";
unset($s); memory_reset_peak_usage(); $b = memory_get_usage(); $s2 = implode(",", $r); echo memory_get_peak_usage() - $b, " ", memory_get_usage() - $b, "\n";
--EXPECT--
1,-2,0,-9223372036854775808,9223372036854775807,1.5,1,,,s,-0
12||only|42
Array,a
28891 32768 1
w
106496 24576
--EXPECT_MALLOC--
1,-2,0,-9223372036854775808,9223372036854775807,1.5,1,,,s,-0
12||only|42
Array,a
28891 0 
w
0 0
--EXPECT_TRACKED--
1,-2,0,-9223372036854775808,9223372036854775807,1.5,1,,,s,-0
12||only|42
Array,a
28891 28918 
w
0 23919
