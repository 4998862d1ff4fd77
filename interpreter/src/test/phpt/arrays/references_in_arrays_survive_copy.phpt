--TEST--
a reference inside an array is shared by copies of the array
--FILE--
<?php
$x = 1;
$a = [&$x, 2];
$b = $a;
$b[0] = 'via b';
$b[1] = 'b only';
var_dump($x, $a[0], $a[1]);
--EXPECT--
string(5) "via b"
string(5) "via b"
int(2)
