<?php
// Shared helpers of the expectation generators (run with: php -n gen_X.php > ../resources/ops/X.tsv).
// Scalars are encoded as: N | T | F | i:<int> | d:<16 hex digits of the IEEE bits> | s:<hex bytes>
// Thrown errors as  E:<class>:<hex message>.
error_reporting(E_ALL);
$GLOBALS['diag'] = [];
set_error_handler(function ($no, $str) { $GLOBALS['diag'][] = $no . ':' . $str; return true; });

function enc($v): string {
    if ($v === null) return 'N';
    if ($v === true) return 'T';
    if ($v === false) return 'F';
    if (is_int($v)) return 'i:' . $v;
    if (is_float($v)) return 'd:' . bin2hex(strrev(pack('d', $v)));
    if (is_string($v)) return 's:' . bin2hex($v);
    throw new Exception('cannot encode ' . gettype($v));
}
function encex(Throwable $e): string { return 'E:' . get_class($e) . ':' . bin2hex($e->getMessage()); }
function diag(): string { $d = $GLOBALS['diag']; $GLOBALS['diag'] = []; return bin2hex(implode("\n", $d)); }
function row(...$cols) { echo implode("\t", $cols), "\n"; }
function dbl(string $hexbits): float { return unpack('d', strrev(hex2bin($hexbits)))[1]; }
mt_srand(12345);
function rnd_str(string $alphabet, int $maxlen): string {
    $n = mt_rand(0, $maxlen); $s = '';
    for ($i = 0; $i < $n; $i++) $s .= $alphabet[mt_rand(0, strlen($alphabet) - 1)];
    return $s;
}
function interesting_doubles(): array {
    $d = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 0.1 + 0.2, 1.5, 2.5, -2.5, 0.5, 1/3, 2/3, 10/3, 1e15, 1e16, 1e17, 1e14,
        123456789012345.0, 1234567890123456.0, 12345678901234567.0, 1e21, 1e22, 1e23, 1e100, 1e-5, 1e-4, 1e-7, 0.0001, 0.00001234,
        5e-324, 2.2250738585072014E-308, 1.7976931348623157E+308, M_PI, M_E, -M_PI, 9007199254740992.0, 9007199254740993.0,
        PHP_INT_MAX, (float)PHP_INT_MIN, 1e19, 1e20, -1e20, 0.125, 0.375, 1.005, 1.955, 5.045, 5.055, 2.675, 1.45, 1.55, 0.285, 1.0000000000000002,
        0.9999999999999999, 99.99999999999999, 999999999999999.9, 99999999999999.99, 1.23456789012345e-10, 4.35, 4.45, 8.325, 1234.5678, 0.045,
        INF, -INF, NAN, 3.0e-5, 7.0E-10, 0.1e-6, 100.0, 1e6, 1.5e300, 2**53 + 0.0, 0.30000000000000004, 1.1, 2.2, 3.3, 123.456, 1e-10, 1e-300];
    mt_srand(777);
    for ($i = 0; $i < 600; $i++) {
        $bits = '';
        for ($j = 0; $j < 8; $j++) $bits .= chr(mt_rand(0, 255));
        $x = unpack('d', $bits)[1];
        if (is_nan($x) || is_infinite($x)) continue;
        $d[] = $x;
    }
    for ($i = 0; $i < 600; $i++) {
        $m = mt_rand(0, 999999999) / 10 ** mt_rand(0, 9);
        $d[] = mt_rand(0, 1) ? $m * 10 ** mt_rand(-12, 12) : -$m;
        $d[] = round(mt_rand(-100000, 100000) / 1000, 3);
        $d[] = mt_rand(-1000, 1000) + mt_rand(0, 8) / 8;
    }
    return $d;
}
