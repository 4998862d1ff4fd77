<?php
// User function calls and deep recursion.
function fib($n) {
    return $n < 2 ? $n : fib($n - 1) + fib($n - 2);
}
function ack($m, $n) {
    if ($m == 0) return $n + 1;
    if ($n == 0) return ack($m - 1, 1);
    return ack($m - 1, ack($m, $n - 1));
}
function add3($a, $b, $c) { return $a + $b + $c; }
$x = fib(33);
$y = ack(2, 500);
$z = 0;
for ($i = 0; $i < 2000000; $i++) {
    $z = add3($z, $i, 1) % 1000003;
}
echo "checksum: $x $y $z\n";
echo "peak: ", memory_get_peak_usage(), "\n";
