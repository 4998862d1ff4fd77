--TEST--
all permutations of a small array
--FILE--
<?php
function perms(array $items): array {
    if (count($items) <= 1) return [$items];
    $result = [];
    foreach ($items as $i => $item) {
        $rest = $items;
        unset($rest[$i]);
        foreach (perms(array_values($rest)) as $p) {
            $result[] = [$item, ...$p];
        }
    }
    return $result;
}
foreach (perms(['a', 'b', 'c']) as $p) echo implode("", $p), "\n";
--EXPECT--
abc
acb
bac
bca
cab
cba
