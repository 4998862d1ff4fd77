--TEST--
mt_srand()/srand() seeds give PHP's exact MT19937 sequences (and the legacy MT_RAND_PHP one)
--FILE--
<?php
mt_srand(42);
echo mt_rand(), ' ', mt_rand(), ' ', mt_rand(1, 100), ' ', mt_rand(-1000, 1000), ' ', rand(), ' ', rand(10, 1), "\n";
echo mt_rand(0, PHP_INT_MAX), ' ', mt_rand(PHP_INT_MIN, PHP_INT_MAX), ' ', mt_rand(5, 5), "\n";
mt_srand(3, MT_RAND_PHP);
echo mt_rand(), ' ', mt_rand(1, 6), ' ', mt_rand(1, 6), ' ', mt_rand(0, 99), "\n";
srand(7);
echo rand(), ' ', rand(1, 10), ' ', mt_rand(1, 10), "\n";
mt_srand(7);
echo mt_rand(), ' ', mt_rand(1, 10), "\n";
var_dump(getrandmax(), mt_getrandmax());
$x = random_int(5, 5); $y = random_int(-3, 3); $z = mt_rand(1, 2); $w = lcg_value();
var_dump($x, $y >= -3 && $y <= 3, $z === 1 || $z === 2, $w > 0 && $w < 1);
--EXPECT--
804318771 1710563033 77 -312 1571945013 6
1786570144164720316 -999209258682624410 5
969637571 6 5 16
163870807 3 2
163870807 3
int(2147483647)
int(2147483647)
int(5)
bool(true)
bool(true)
bool(true)
