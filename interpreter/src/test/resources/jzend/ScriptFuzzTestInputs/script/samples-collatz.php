<?php
$best = 0; $bestN = 0;
$cache = [1 => 1];
function collatz($n, &$cache) {
    if (isset($cache[$n])) return $cache[$n];
    $next = $n % 2 ? 3 * $n + 1 : intdiv($n, 2);
    return $cache[$n] = 1 + collatz($next, $cache);
}
for ($i = 1; $i < 1000; $i++) {
    $l = collatz($i, $cache);
    if ($l > $best) { $best = $l; $bestN = $i; }
}
echo "$bestN $best\n";
