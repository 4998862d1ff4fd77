<?php
// FizzBuzz: the classic, with a function and string building.
function fizzbuzz(int $n): string {
    if ($n % 15 == 0) return "FizzBuzz";
    if ($n % 3 == 0) return "Fizz";
    if ($n % 5 == 0) return "Buzz";
    return (string) $n;
}

$line = [];
for ($i = 1; $i <= 30; $i++) {
    $line[] = fizzbuzz($i);
}
echo implode(" ", $line), "\n";
