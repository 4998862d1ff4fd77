--TEST--
gettype, get_debug_type, is_* and numeric helpers
--FILE--
<?php
var_dump(gettype(1), gettype(1.5), gettype("s"), gettype([]), gettype(null), gettype(true));
var_dump(get_debug_type(1), get_debug_type(1.0), get_debug_type(null), is_numeric("12e3"), is_numeric(" 12"), is_numeric("12 "), is_numeric("abc"));
var_dump(intdiv(7, 2), fmod(7.5, 2), abs(-5), abs(-5.5), abs(PHP_INT_MIN));
var_dump(is_nan(NAN), is_finite(1.0), is_infinite(INF));
--EXPECT--
string(7) "integer"
string(6) "double"
string(6) "string"
string(5) "array"
string(4) "NULL"
string(7) "boolean"
string(3) "int"
string(5) "float"
string(4) "null"
bool(true)
bool(true)
bool(true)
bool(false)
int(3)
float(1.5)
int(5)
float(5.5)
float(9.223372036854776E+18)
bool(true)
bool(true)
bool(true)
