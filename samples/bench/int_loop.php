<?php
// Tight integer loop: arithmetic, comparison and a conditional in the hot path.
$sum = 0;
for ($i = 0; $i < 40000000; $i++) {
    $sum += $i * 3 + ($i & 7);
    if ($sum > 1000000000) {
        $sum -= 999999937;
    }
}
echo "checksum: $sum\n";
echo "peak: ", memory_get_peak_usage(), "\n";
