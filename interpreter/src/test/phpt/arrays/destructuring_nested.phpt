--TEST--
nested destructuring
--FILE--
<?php
[[$a, $b], [$c, [$d]]] = [[1, 2], [3, [4]]];
['p' => ['q' => $q]] = ['p' => ['q' => 'deep']];
var_dump($a, $b, $c, $d, $q);
--EXPECT--
int(1)
int(2)
int(3)
int(4)
string(4) "deep"
