--TEST--
usort, uasort, uksort: stable user comparisons, bool returns (deprecated), float differences truncated, empty arrays
--FILE--
<?php
$a = [3, 1, 2, 5, 4];
usort($a, fn($x, $y) => $x <=> $y);
print_r($a);
$people = ['bob' => 30, 'al' => 25, 'cy' => 30];
uasort($people, fn($x, $y) => $y <=> $x);
print_r($people);
uksort($people, 'strcmp');
print_r($people);
$b = [3, 1, 2];
usort($b, fn($x, $y) => $x > $y);
print_r($b);
$words = ['banana', 'apple', 'cherry'];
usort($words, 'strcmp');
echo implode(',', $words), "\n";
$e = [];
var_dump(usort($e, fn($x, $y) => 0));
$f = [2.5, 2.1, 2.9];
usort($f, fn($x, $y) => $x - $y);
print_r($f);
--EXPECTF--
Array
(
    [0] => 1
    [1] => 2
    [2] => 3
    [3] => 4
    [4] => 5
)
Array
(
    [bob] => 30
    [cy] => 30
    [al] => 25
)
Array
(
    [al] => 25
    [bob] => 30
    [cy] => 30
)

Deprecated: usort(): Returning bool from comparison function is deprecated, return an integer less than, equal to, or greater than zero in %s on line 11
Array
(
    [0] => 1
    [1] => 2
    [2] => 3
)
apple,banana,cherry
bool(true)
Array
(
    [0] => 2.5
    [1] => 2.1
    [2] => 2.9
)
