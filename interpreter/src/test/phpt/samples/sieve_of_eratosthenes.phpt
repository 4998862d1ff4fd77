--TEST--
primes below 100 with a sieve
--FILE--
<?php
$n = 100;
$is = array_fill(0, $n, true);
$is[0] = $is[1] = false;
for ($i = 2; $i * $i < $n; $i++) {
    if (!$is[$i]) continue;
    for ($j = $i * $i; $j < $n; $j += $i) $is[$j] = false;
}
$primes = [];
foreach ($is as $k => $p) if ($p) $primes[] = $k;
echo count($primes), ": ", implode(",", $primes), "\n";
--EXPECT--
25: 2,3,5,7,11,13,17,19,23,29,31,37,41,43,47,53,59,61,67,71,73,79,83,89,97
