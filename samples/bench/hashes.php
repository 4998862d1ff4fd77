<?php
// String-keyed hashes: build, look up, update and delete.
$h = [];
for ($i = 0; $i < 400000; $i++) {
    $h["key" . $i] = $i;
}
$hits = 0;
for ($i = 0; $i < 3000000; $i++) {
    if (isset($h["key" . ($i * 7 % 600000)])) $hits++;
}
for ($i = 0; $i < 400000; $i += 3) {
    unset($h["key" . $i]);
}
$sum = 0;
foreach ($h as $k => $v) {
    $sum += $v;
}
echo "checksum: $hits ", count($h), " $sum\n";
echo "peak: ", memory_get_peak_usage(), "\n";
