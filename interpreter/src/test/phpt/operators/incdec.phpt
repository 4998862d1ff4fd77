--TEST--
increment and decrement of ints, floats and null
--FILE--
<?php
$a = 1; $b = $a++; $c = ++$a;
var_dump($a, $b, $c);
$f = 1.5; $f--; var_dump($f);
$n = null; $n++; var_dump($n);
$m = null; $m--; var_dump($m);
$i = PHP_INT_MAX; $i++; var_dump($i);
--EXPECT--
int(3)
int(1)
int(3)
float(0.5)
int(1)
NULL
float(9.223372036854776E+18)
