--TEST--
list() and [] destructuring, skipping elements
--FILE--
<?php
[$a, $b] = [1, 2];
list($c, , $d) = [3, 4, 5];
[, $e] = ['skip', 'keep'];
var_dump($a, $b, $c, $d, $e);
--EXPECT--
int(1)
int(2)
int(3)
int(5)
string(4) "keep"
