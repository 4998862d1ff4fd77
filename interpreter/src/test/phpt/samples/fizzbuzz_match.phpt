--TEST--
FizzBuzz with match(true) and implode
--FILE--
<?php
$out = [];
foreach (range(1, 15) as $i) {
    $out[] = match (true) {
        $i % 15 == 0 => 'FizzBuzz',
        $i % 3 == 0 => 'Fizz',
        $i % 5 == 0 => 'Buzz',
        default => (string)$i,
    };
}
echo implode(' ', $out), "\n";
--EXPECT--
1 2 Fizz 4 Buzz Fizz 7 8 Fizz Buzz 11 Fizz 13 14 FizzBuzz
