--TEST--
towers of Hanoi with 3 disks
--FILE--
<?php
function hanoi($n, $from, $to, $via, &$moves) {
    if ($n == 0) return;
    hanoi($n - 1, $from, $via, $to, $moves);
    $moves[] = "$from->$to";
    hanoi($n - 1, $via, $to, $from, $moves);
}
$moves = [];
hanoi(3, 'A', 'C', 'B', $moves);
echo count($moves), ": ", implode(" ", $moves), "\n";
--EXPECT--
7: A->C A->B C->B A->C B->A B->C A->C
