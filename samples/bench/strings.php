<?php
// String building and searching.
$s = '';
for ($i = 0; $i < 2000000; $i++) {
    $s .= chr(97 + $i % 26);
    if ($i % 50 == 49) $s .= ' ';
}
$words = explode(' ', $s);
$found = 0;
foreach ($words as $w) {
    if (strpos($w, 'xyz') !== false) $found++;
}
$out = [];
for ($i = 0; $i < 800000; $i++) {
    $out[] = "item-$i:" . strlen($words[$i % count($words)]);
}
$joined = implode(',', $out);
echo "checksum: ", strlen($s), " ", count($words), " $found ", strlen($joined), " ", substr_count($joined, '-1'), "\n";
echo "peak: ", memory_get_peak_usage(), "\n";
