<?php
// printf.tsv: format(hex) | args (enc, comma separated) | sprintf result (s:… or E:…) | diagnostics
require __DIR__ . '/gen_common.php';
$argsets = [[], [0], [42], [-42], [3.14159], [-3.14159], [0.0], [-0.0], ['abc'], ['hello world'], [''], [true], [false], [null], [PHP_INT_MAX], [PHP_INT_MIN],
  [255], [-1], [1e100], [-1e-100], [1.5e-7], [INF], [-INF], [NAN], ['12abc'], ['3.7'], [65], [2.5], [0.125], [123456789.987654321], [1e15], [0.5],
  [5, 2], [2, 3.14159], [10, 4, 'x'], ['a', 'b', 'c'], [3, -7], [-1, 5], [1.0, 2.0, 3.0]];
$specs = ['b', 'c', 'd', 'e', 'E', 'f', 'F', 'g', 'G', 'h', 'H', 'o', 's', 'u', 'x', 'X'];
$formats = ['%%', '%', 'abc', '%5%', '%y', '%1$s', '%2$s %1$s', '%0$s', '%-5d|', '%05d', '%+d', '%+05d', '%-05d', "%'*10s", "%'", "%'x", '%-10s|', '%10.4f',
  '%.3e', '%.0e', '%.0f', '%.60f', '%.54e', '%5.1e', '%010.2f', '%-8.2f|', '%+.1f', '%.2s', '%5.1s', '%x', '%o', '%b', '%X', '%.1x', '%10x', '%-10b|',
  '%*d', '%-*d|', '%.*f', '%*.*f', '%1$*2$d', '%.*s', '%*s', '%.-1f', '%.*g', '%.*H', '%ld', '%lu', '%5c', '%u', '%g', '%G', '%.3g', '%.15g', '%.17g', '%.20f',
  '%e', '%E', '%010e', '%+e', '%+g', '%010g', '% d', '% 5d', '%3$s', '%2147483647$s', '%99999999999$s', '%99999999999d', '%.99999999999f', '%1$s %s %s',
  'a%sb%sc', '%s%', "%'010d", '%+s', '%+x', '%-+5d|', '%0-5d|', '%-0 5d|', '%h', '%H', '%.0g', '%.1g', '%.100g', '%.1e', '%.10e'];
for ($i = 0; $i < 1500; $i++) {
    $f = '%';
    if (mt_rand(0, 4) == 0) $f .= mt_rand(1, 3) . '$';
    $nflags = mt_rand(0, 2);
    for ($j = 0; $j < $nflags; $j++) $f .= ['-', '+', '0', ' ', "'#"][mt_rand(0, 4)];
    if (mt_rand(0, 1)) $f .= mt_rand(0, 12);
    if (mt_rand(0, 1)) $f .= '.' . mt_rand(0, 12);
    $f .= $specs[mt_rand(0, count($specs) - 1)];
    $formats[] = mt_rand(0, 3) ? $f : "[$f]";
}
$n = 0;
foreach ($formats as $k => $f) {
    $sets = $k < 100 ? $argsets : [$argsets[mt_rand(0, count($argsets) - 1)], $argsets[mt_rand(0, count($argsets) - 1)]];
    foreach ($sets as $args) {
        try { $r = enc(sprintf($f, ...$args)); } catch (Throwable $e) { $r = encex($e); }
        row(bin2hex($f), implode(',', array_map('enc', $args)), $r, diag());
    }
}
// vsprintf error form
try { vsprintf('%d %d', [1]); } catch (Throwable $e) { row(bin2hex('%d %d'), 'V:i:1', encex($e), diag()); }
