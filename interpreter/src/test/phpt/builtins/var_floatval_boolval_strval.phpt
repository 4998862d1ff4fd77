--TEST--
floatval(), boolval() and strval() conversions, including arrays
--FILE--
<?php
var_dump(floatval("1.5abc"), floatval("abc"), floatval([1]), floatval([]), floatval("1e500"), floatval(" .5"), doubleval("-3"), floatval(true));
var_dump(boolval("0"), boolval(""), boolval("0.0"), boolval(" "), boolval([]), boolval([0]), boolval(0.0), boolval(-0.0), boolval(NAN), boolval(null));
var_dump(strval(1.0), strval(0.1 + 0.2), strval(true), strval(false), strval(null), strval(-0.0), strval(1e25), strval(PHP_INT_MIN), strval("s"));
var_dump(strval([1]));
--EXPECTF--
float(1.5)
float(0)
float(1)
float(0)
float(INF)
float(0.5)
float(-3)
float(1)
bool(false)
bool(false)
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
bool(false)
bool(true)
bool(false)
string(1) "1"
string(3) "0.3"
string(1) "1"
string(0) ""
string(0) ""
string(2) "-0"
string(7) "1.0E+25"
string(20) "-9223372036854775808"
string(1) "s"

Warning: Array to string conversion in %s on line 5
string(5) "Array"
