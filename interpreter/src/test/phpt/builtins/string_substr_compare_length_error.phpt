--TEST--
substr_compare() with a negative length is a ValueError
--FILE--
<?php
var_dump(substr_compare("abc", "b", 1, 1));
var_dump(substr_compare("abc", "b", 1, -1));
--EXPECTF--
int(0)

Fatal error: Uncaught ValueError: substr_compare(): Argument #4 ($length) must be greater than or equal to 0 in %s:3
Stack trace:
#0 %s(3): substr_compare('abc', 'b', 1, -1)
#1 {main}
  thrown in %s on line 3
