--TEST--
interpolation of array elements: unquoted keys, numeric keys, nested
--FILE--
<?php
$a = ['key' => 'v', 3 => 'three', 'n' => ['x' => 'deep']];
echo "A: $a[key] $a[3]\n";
echo "B: {$a['key']} {$a['n']['x']}\n";
echo "C: $a[n]\n";
$i = 3;
echo "D: $a[$i]\n";
--EXPECTF--
A: v three
B: v deep

Warning: Array to string conversion in %s on line 5
C: Array
D: three
