<?php
// math.tsv rows:  R|bits|places|mode|result   N|bits|dec|decpoint hex|sep hex|result hex
//                 B|input hex|base|enc result|diag    C|input hex|from|to|result hex or E    D|int|decbin|decoct|dechex
require __DIR__ . '/gen_common.php';
$ds = interesting_doubles();
foreach ([0.285, 1.955, 5.045, 5.055, 1.005, 2.675, 1.45, -1.45, 0.5, 1.5, 2.5, -2.5, 3.5, 1234567.891, 0.1 + 0.7, 4.35, 1e15 + 0.5, 999999999999999.5, 0.49999999999999994] as $x) $ds[] = $x;
$ds = array_slice($ds, 0, 700); foreach ($ds as $i => $d) {
    $d = (float)$d;
    foreach ([0, 1, 2, 3, -1, -2, 5, 10, 15, 20, 25, -25, 400, -400] as $p) {
        $modes = ($i % 5 == 0) ? [1, 2, 3, 4] : [1];
        foreach ($modes as $m) row('R', substr(enc($d), 2), $p, $m, substr(enc(round($d, $p, $m)), 2));
    }
    foreach ([[0, '.', ','], [2, '.', ','], [3, ',', '.'], [1, '', ''], [5, 'dec', 'thou'], [-2, '.', ','], [20, '.', ' ']] as [$dec, $dp, $ts]) {
        row('N', substr(enc($d), 2), $dec, bin2hex($dp), bin2hex($ts), bin2hex(number_format($d, $dec, $dp, $ts)));
    }
}
foreach ([1, 12, 123, 1234, -1234.567, 1234567.891, 0.5, -0.5, -0.4, -0.0, 1e20, 999.999, -999.999, 0.045] as $d) {
    row('N', substr(enc((float)$d), 2), 2, bin2hex('.'), bin2hex(','), bin2hex(number_format($d, 2)));
}
$inputs = ['0', '1', '11', '101', 'ff', 'FF', '0xff', '0XfF', '0b101', '0o17', '017', '777', 'z', 'zz', ' 12 ', "\t12\n", '1 2', '12g', '-1', '+1', '1.5', '',
  '7fffffffffffffff', '8000000000000000', 'ffffffffffffffff', '10000000000000000', '1111111111111111111111111111111111111111111111111111111111111111',
  '777777777777777777777', '1777777777777777777777', '9223372036854775807', '9223372036854775808', '99999999999999999999999', 'zzzzzzzzzzzzz', 'ZZZZZZZZZZZZZZ'];
for ($i = 0; $i < 200; $i++) $inputs[] = rnd_str('0123456789abcdefxyzXB -', 12);
foreach ($inputs as $s) {
    foreach ([2, 8, 16] as $b) {
        $r = $b == 2 ? bindec($s) : ($b == 8 ? octdec($s) : hexdec($s));
        row('B', bin2hex($s), $b, enc($r), diag());
    }
    foreach ([[10, 2], [16, 10], [36, 16], [2, 36], [10, 36], [36, 10], [8, 3], [1, 10], [10, 37]] as [$f, $t]) {
        try { $r = bin2hex(base_convert($s, $f, $t)); } catch (Throwable $e) { $r = encex($e); }
        row('C', bin2hex($s), $f, $t, $r, diag());
    }
}
foreach ([0, 1, -1, 2, 255, 256, -256, PHP_INT_MAX, PHP_INT_MIN, 123456789, -123456789] as $n) row('D', $n, decbin($n), decoct($n), dechex($n));
