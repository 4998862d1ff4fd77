<?php
// arith.tsv: a | b | + | - | * | / | % | intdiv | << | >> | ** | fmod((float)a,(float)b)
require __DIR__ . '/gen_common.php';
$ints = [0, 1, -1, 2, -2, 3, 7, -7, 10, 63, 64, 65, 100, 1000000007, 3037000499, 3037000500, -3037000500, 4294967296, PHP_INT_MAX, PHP_INT_MIN, PHP_INT_MAX - 1, PHP_INT_MIN + 1, 62, -64];
for ($i = 0; $i < 15; $i++) { $ints[] = mt_rand(-1000, 1000); $ints[] = mt_rand(PHP_INT_MIN, PHP_INT_MAX); $ints[] = mt_rand(-40, 70); }
foreach ($ints as $a) foreach ($ints as $b) {
    $c = [enc($a), enc($b)];
    foreach ([fn() => $a + $b, fn() => $a - $b, fn() => $a * $b, fn() => $a / $b, fn() => $a % $b, fn() => intdiv($a, $b), fn() => $a << $b, fn() => $a >> $b,
              fn() => $a ** (abs($b) > 70 ? $b % 70 : $b), fn() => fmod((float)$a, (float)$b)] as $f) {
        try { $c[] = enc($f()); } catch (Throwable $e) { $c[] = encex($e); }
    }
    row(...$c);
}
// float -> int conversions
foreach (interesting_doubles() as $d) { $d = (float)$d; row('cast', enc($d), enc((int)$d)); }
