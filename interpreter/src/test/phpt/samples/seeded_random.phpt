--TEST--
mt_srand seeds a reproducible sequence
--FILE--
<?php
mt_srand(42);
$a = [];
for ($i = 0; $i < 5; $i++) $a[] = mt_rand(1, 100);
echo implode(",", $a), "\n";
mt_srand(42);
echo mt_rand(1, 100), "\n";
--EXPECT--
43,68,77,15,27
43
