<?php
// Recursion: factorial (int overflowing to float), Fibonacci, Towers of Hanoi, permutations.
function fact($n) { return $n <= 1 ? 1 : $n * fact($n - 1); }
function fib($n) { return $n < 2 ? $n : fib($n - 1) + fib($n - 2); }
function hanoi(int $n, string $from, string $to, string $via, array &$moves): void {
    if ($n == 0) return;
    hanoi($n - 1, $from, $via, $to, $moves);
    $moves[] = "$from->$to";
    hanoi($n - 1, $via, $to, $from, $moves);
}
function permutations(array $items): array {
    if (count($items) <= 1) return [$items];
    $out = [];
    foreach ($items as $i => $item) {
        $rest = $items;
        unset($rest[$i]);
        foreach (permutations(array_values($rest)) as $p) {
            array_unshift($p, $item);
            $out[] = $p;
        }
    }
    return $out;
}

echo "20! = ", fact(20), "\n";
echo "21! = ", fact(21), "\n";
echo "fib(25) = ", fib(25), "\n";
$moves = [];
hanoi(4, "A", "C", "B", $moves);
echo count($moves), " moves: ", implode(" ", array_slice($moves, 0, 7)), " ...\n";
foreach (permutations(["a", "b", "c"]) as $p) echo implode("", $p), " ";
echo "\n";
