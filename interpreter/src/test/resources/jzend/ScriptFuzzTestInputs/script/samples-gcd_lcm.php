<?php
function gcd(int $a, int $b): int { return $b == 0 ? $a : gcd($b, $a % $b); }
function lcm(int $a, int $b): int { return intdiv($a * $b, gcd($a, $b)); }
echo gcd(48, 18), " ", lcm(4, 6), " ", array_reduce([2, 3, 4, 5], 'lcm', 1), "\n";
