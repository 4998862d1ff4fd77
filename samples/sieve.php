<?php
// Sieve of Eratosthenes on a packed array of booleans.
function primes_up_to(int $n): array {
    $is = array_fill(0, $n + 1, true);
    $is[0] = $is[1] = false;
    for ($i = 2; $i * $i <= $n; $i++) {
        if (!$is[$i]) continue;
        for ($j = $i * $i; $j <= $n; $j += $i) {
            $is[$j] = false;
        }
    }
    $primes = [];
    foreach ($is as $k => $prime) {
        if ($prime) $primes[] = $k;
    }
    return $primes;
}

$p = primes_up_to(100);
echo count($p), " primes below 100: ", implode(",", $p), "\n";
echo "the 1000th prime is ", primes_up_to(8000)[999], "\n";
