<?php
// Sorting packed arrays: a user-level quicksort plus sort() and usort().
mt_srand(42);
$data = [];
for ($i = 0; $i < 300000; $i++) $data[] = mt_rand(0, 1000000);
function qsort_range(array &$a, int $lo, int $hi): void {
    while ($lo < $hi) {
        $p = $a[($lo + $hi) >> 1];
        $i = $lo; $j = $hi;
        while ($i <= $j) {
            while ($a[$i] < $p) $i++;
            while ($a[$j] > $p) $j--;
            if ($i <= $j) { $t = $a[$i]; $a[$i] = $a[$j]; $a[$j] = $t; $i++; $j--; }
        }
        if ($j - $lo < $hi - $i) { qsort_range($a, $lo, $j); $lo = $i; }
        else { qsort_range($a, $i, $hi); $hi = $j; }
    }
}
$copy = $data;
qsort_range($copy, 0, count($copy) - 1);
$sorted = $data;
sort($sorted);
$same = $copy === $sorted ? 1 : 0;
$small = array_slice($data, 0, 50000);
usort($small, fn($x, $y) => $y <=> $x);
echo "checksum: $same ", $sorted[1000], " ", $sorted[299999], " ", $small[0], " ", $small[49999], "\n";
echo "peak: ", memory_get_peak_usage(), "\n";
