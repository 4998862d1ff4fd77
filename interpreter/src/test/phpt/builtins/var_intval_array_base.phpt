--TEST--
intval() with an array and a base ignores the base; json_encode() of an array keeps working after
--FILE--
<?php
var_dump(intval([1, 2], 16), intval([], 2), json_encode([intval("ff", 16), intval("077", 0)]));
--EXPECT--
int(1)
int(0)
string(8) "[255,63]"
