--TEST--
implicit lossy float to int conversion is deprecated in 8.1+
--FILE--
<?php
$a = [10, 20, 30];
var_dump($a[1.5]);
var_dump(7.5 % 2);
var_dump(1.0 | 0);
var_dump(1.5 | 0);
--EXPECTF--
Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 3
int(20)

Deprecated: Implicit conversion from float 7.5 to int loses precision in %s on line 4
int(1)
int(1)

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 6
int(1)
