--TEST--
casts between scalar types
--FILE--
<?php
var_dump((int) "12abc", (int) 3.99, (int) -3.99, (float) "1e3", (string) 1.0, (string) 0.1, (bool) "0", (bool) "", (bool) "0.0", (int) true, (string) false, (int) 1e20);
--EXPECT--
int(12)
int(3)
int(-3)
float(1000)
string(1) "1"
string(3) "0.1"
bool(false)
bool(false)
bool(true)
int(1)
string(0) ""
int(7766279631452241920)
