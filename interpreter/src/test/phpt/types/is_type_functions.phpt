--TEST--
is_int, is_float, is_string, is_bool, is_array, is_null, is_numeric, is_scalar
--FILE--
<?php
var_dump(is_int(1), is_int(1.0), is_int("1"));
var_dump(is_float(1.0), is_float(1));
var_dump(is_string(""), is_bool(false), is_array([]), is_null(null));
var_dump(is_numeric("12"), is_numeric("1e5"), is_numeric(" 12"), is_numeric("12 "), is_numeric("0x1A"), is_numeric("."), is_numeric("-.5"), is_numeric(""));
var_dump(is_scalar(1), is_scalar(null), is_scalar([]));
--EXPECT--
bool(true)
bool(false)
bool(false)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
bool(true)
bool(false)
bool(true)
bool(false)
bool(false)
