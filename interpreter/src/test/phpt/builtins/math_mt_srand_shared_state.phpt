--TEST--
mt_srand()/srand() seed the one generator that mt_rand, rand, shuffle and array_rand draw from
--FILE--
<?php
mt_srand(42); $a = range(1, 10); shuffle($a); echo implode(',', $a), ' ', mt_rand(), ' ', array_rand(['a'=>1,'b'=>2,'c'=>3]), "\n";
mt_srand(5, MT_RAND_PHP); $a = range(1, 10); shuffle($a); echo implode(',', $a), ' ', mt_rand(1, 100), "\n";
srand(9); echo rand(), ' '; $b = [1,2,3,4]; shuffle($b); echo implode(',', $b), "\n";
--EXPECT--
2,4,10,8,7,1,9,5,6,3 957418556 b
2,7,3,10,1,5,8,9,4,6 9
22278335 3,2,4,1
