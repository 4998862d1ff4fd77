--TEST--
count words with an associative array, sort by count then word
--FILE--
<?php
$text = "the quick brown fox jumps over the lazy dog the fox";
$counts = [];
foreach (explode(" ", $text) as $w) {
    $counts[$w] = ($counts[$w] ?? 0) + 1;
}
uksort($counts, function ($a, $b) use ($counts) {
    return [$counts[$b], $a] <=> [$counts[$a], $b];
});
foreach ($counts as $w => $c) echo str_pad($w, 6), $c, "\n";
--EXPECT--
the   3
fox   2
brown 1
dog   1
jumps 1
lazy  1
over  1
quick 1
