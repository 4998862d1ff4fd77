--TEST--
predefined constants
--FILE--
<?php
var_dump(PHP_EOL, PHP_INT_MAX, PHP_INT_MIN, PHP_INT_SIZE, PHP_FLOAT_EPSILON, M_PI, E_ALL, E_WARNING | E_NOTICE, PHP_MAJOR_VERSION, PHP_OS_FAMILY, NAN === NAN, INF > PHP_INT_MAX, TRUE, False, NULL);
--EXPECT--
string(1) "
"
int(9223372036854775807)
int(-9223372036854775808)
int(8)
float(2.220446049250313E-16)
float(3.141592653589793)
int(32767)
int(10)
int(8)
string(5) "Linux"
bool(false)
bool(true)
bool(true)
bool(false)
NULL
