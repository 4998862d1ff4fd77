--TEST--
constant operands of "." and folded arithmetic are converted with the precision in force at compile time, run-time values with the current one
--FILE--
<?php
ini_set('precision', 17);
echo 0.1, "\n";
echo "x" . 0.1, "\n";
echo 0.1 . "", "\n";
echo 1/3 . "", "\n";
echo "v: " . 1/3 . "\n";
echo "w: " . (1 + 0.1) . "\n";
echo "m: " . M_PI . "\n";
echo (string)0.1, "\n";
echo strval(0.1), "\n";
echo "i: {$_SERVER['argc']} " . 2**0.5 . "\n";
$x = 0.1 . ""; echo $x, "\n";
const C = 0.1 . ""; echo C, "\n";
const D = 0.1; echo D, "\n";
echo -0.1 . "", "\n";
echo 10/4 . "|" . 7 % 3 . "|" . 2 ** -1 . "|" . 0.1 * 3 . "|" . (0.1 + 0.2) . "\n";
echo 1 <=> 0.5, "\n";
echo 3 - 0.1 . "\n";
echo true . 0.5 . null . false . 1e100 . "\n";
$y = 0.1; echo "$y {$y} ${y}\n";
echo 1/0.5 . "\n";
--EXPECTF--
Deprecated: Using ${var} in strings is deprecated, use {$var} instead in %s on line 21
0.10000000000000001
x0.1
0.1
0.33333333333333
v: 0.33333333333333
w: 1.1
m: 3.1415926535898
0.10000000000000001
0.10000000000000001
i: 1 1.4142135623731
0.1
0.1
0.10000000000000001
-0.1
2.5|1|0.5|0.3|0.3
1
2.9
10.51.0E+100
0.10000000000000001 0.10000000000000001 0.10000000000000001
2
