--TEST--
interpolation: each part is converted when it is added to the rope, so warnings name its line and come in php's order
--FILE--
<?php
$data = ['user' => ['name' => 'Ann', 'age' => 30]];
$field = 'age';
echo <<<TXT
Name: {$data['user']['name']}
Arr: $data
Age: {$data['user'][$field]} $undef
Raw: $data[user]
TXT;
echo "\n", "a $data b $undef2 c", "\n";
$x = "one $field two $field three $field";
echo $x, "\n";
--EXPECTF--

Warning: Array to string conversion in %s on line 6

Warning: Undefined variable $undef in %s on line 7

Warning: Array to string conversion in %s on line 8
Name: Ann
Arr: Array
Age: 30 
Raw: Array

Warning: Array to string conversion in %s on line 10

Warning: Undefined variable $undef2 in %s on line 10
a Array b  c
one age two age three age
