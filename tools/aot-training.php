<?php
// The training run behind target/jzend.aot (see ./jzend and README "Start-up"): a little of
// everything a typical script does, so the JVM's AOT cache holds the classes, linked call sites
// and method profiles that a run of jzend needs before main() reaches the script.
function fib($n) { return $n < 2 ? $n : fib($n - 1) + fib($n - 2); }
$a = [];
for ($i = 0; $i < 2000; $i++) {
    $a[] = $i * 2;
    $a["k$i"] = str_repeat("x", $i % 10) . $i;
}
$words = explode(" ", "the quick brown fox jumps over the lazy dog");
sort($words);
$counts = array_count_values($words);
$squares = array_map(fn($x) => $x * $x, range(1, 10));
usort($squares, function ($x, $y) { return $y <=> $x; });
$f = 0.0;
foreach ($squares as $k => $v) { $f += sqrt($v) / ($k + 1); }
try {
    intdiv(1, 0);
} catch (DivisionByZeroError $e) {
    $msg = $e->getMessage();
}
$s = sprintf("%05.2f %s %d %x", $f, strtoupper(substr("abcdef", 1, 3)), fib(12), 255);
$out = implode(",", array_slice($a, 0, 3)) . " " . count($a) . " " . json_encode($counts) . " $s $msg";
echo strlen($out) > 0 ? "" : "unreachable\n";
var_dump(memory_get_usage() > 0);
