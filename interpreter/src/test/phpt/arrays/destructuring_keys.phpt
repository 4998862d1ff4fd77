--TEST--
destructuring with keys
--FILE--
<?php
['x' => $x, 'y' => $y] = ['y' => 2, 'x' => 1];
[1 => $one, 0 => $zero] = ['zero', 'one'];
var_dump($x, $y, $one, $zero);
--EXPECT--
int(1)
int(2)
string(3) "one"
string(4) "zero"
