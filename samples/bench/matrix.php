<?php
// Nested arrays: matrix multiplication.
$n = 240;
$a = []; $b = [];
for ($i = 0; $i < $n; $i++) {
    for ($j = 0; $j < $n; $j++) {
        $a[$i][$j] = ($i * $j) % 7 + 1;
        $b[$i][$j] = ($i + $j) % 5 + 1;
    }
}
$c = [];
for ($i = 0; $i < $n; $i++) {
    $ai = $a[$i];
    $row = [];
    for ($j = 0; $j < $n; $j++) {
        $sum = 0;
        for ($k = 0; $k < $n; $k++) {
            $sum += $ai[$k] * $b[$k][$j];
        }
        $row[] = $sum;
    }
    $c[] = $row;
}
$trace = 0;
for ($i = 0; $i < $n; $i++) $trace += $c[$i][$i];
echo "checksum: $trace ", $c[17][42], "\n";
echo "peak: ", memory_get_peak_usage(), "\n";
