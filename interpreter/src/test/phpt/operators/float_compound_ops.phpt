--TEST--
compound operators on floats and int/float mix
--FILE--
<?php
$x = 1;
$x += 0.5;
var_dump($x);
$x *= 2;
var_dump($x);
$y = 10;
$y /= 4;
var_dump($y);
$z = 10;
$z /= 5;
var_dump($z);
--EXPECT--
float(1.5)
float(3)
float(2.5)
int(2)
