<?php
// Packed arrays: the sieve of Eratosthenes, then a bubble pass and a sum.
$n = 4000000;
$flags = [];
for ($i = 0; $i <= $n; $i++) {
    $flags[] = true;
}
$flags[0] = $flags[1] = false;
for ($i = 2; $i * $i <= $n; $i++) {
    if ($flags[$i]) {
        for ($j = $i * $i; $j <= $n; $j += $i) {
            $flags[$j] = false;
        }
    }
}
$primes = [];
foreach ($flags as $k => $isPrime) {
    if ($isPrime) $primes[] = $k;
}
$sum = 0;
foreach ($primes as $p) {
    $sum = ($sum + $p) % 1000000007;
}
echo "checksum: ", count($primes), " $sum\n";
echo "peak: ", memory_get_peak_usage(), "\n";
