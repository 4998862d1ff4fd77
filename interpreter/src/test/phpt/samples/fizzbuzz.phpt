--TEST--
FizzBuzz 1..30
--FILE--
<?php
for ($i = 1; $i <= 30; $i++) {
    if ($i % 15 == 0) echo "FizzBuzz";
    elseif ($i % 3 == 0) echo "Fizz";
    elseif ($i % 5 == 0) echo "Buzz";
    else echo $i;
    echo "\n";
}
--EXPECT--
1
2
Fizz
4
Buzz
Fizz
7
8
Fizz
Buzz
11
Fizz
13
14
FizzBuzz
16
17
Fizz
19
Buzz
Fizz
22
23
Fizz
Buzz
26
Fizz
28
29
FizzBuzz
