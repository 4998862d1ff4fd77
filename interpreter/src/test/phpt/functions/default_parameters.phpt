--TEST--
default parameter values, constant expressions
--FILE--
<?php
function f($a, $b = 2, $c = PHP_INT_MAX, $d = -1.5, $e = "x", $g = null) { var_dump($a, $b, $c, $d, $e, $g); }
f(1);
f(1, 3, 4);
--EXPECT--
int(1)
int(2)
int(9223372036854775807)
float(-1.5)
string(1) "x"
NULL
int(1)
int(3)
int(4)
float(-1.5)
string(1) "x"
NULL
