--TEST--
every compound assignment operator
--FILE--
<?php
$a = 10; $a += 5; echo $a, "\n";
$a -= 3; echo $a, "\n";
$a *= 2; echo $a, "\n";
$a /= 4; echo $a, "\n";
$a %= 4; echo $a, "\n";
$a **= 3; echo $a, "\n";
$a = 6; $a &= 3; echo $a, "\n";
$a |= 8; echo $a, "\n";
$a ^= 1; echo $a, "\n";
$a <<= 2; echo $a, "\n";
$a >>= 1; echo $a, "\n";
$s = "a"; $s .= "b"; echo $s, "\n";
$u = null; $u ??= "def"; echo $u, "\n";
--EXPECT--
15
12
24
6
2
8
2
10
11
44
22
ab
def
