--TEST--
intval() with and without a base: prefixes, saturation, arrays, floats
--FILE--
<?php
var_dump(intval("42abc"), intval(" 12"), intval("1e3"), intval(12.9), intval(-12.9), intval(1e20), intval(NAN), intval(null), intval([]), intval([0]), intval(true));
var_dump(intval("0x1A", 16), intval("0x1A", 0), intval("012", 0), intval("012", 8), intval("0b11", 0), intval("-0b11", 0), intval("+0b101", 2), intval("0o17", 8));
var_dump(intval("z", 36), intval("Z", 36), intval("99999999999999999999", 10), intval("99999999999999999999", 16), intval("-99999999999999999999", 16), intval(42, 8));
var_dump(intval("12", 1), intval("12", 37), intval(" 0x1A", 16), intval("  -7f", 16), intval("777", 0), intval("0", 0), intval("", 16));
--EXPECT--
int(42)
int(12)
int(1000)
int(12)
int(-12)
int(7766279631452241920)
int(0)
int(0)
int(0)
int(1)
int(1)
int(26)
int(26)
int(10)
int(10)
int(3)
int(-3)
int(5)
int(0)
int(35)
int(35)
int(9223372036854775807)
int(9223372036854775807)
int(-9223372036854775808)
int(42)
int(0)
int(0)
int(26)
int(-127)
int(777)
int(0)
int(0)
