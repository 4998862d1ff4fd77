--TEST--
strncasecmp() with a negative length is a ValueError
--FILE--
<?php
var_dump(strncmp("a", "b", 1));
var_dump(strncasecmp("a", "b", -1));
--EXPECTF--
int(-1)

Fatal error: Uncaught ValueError: strncasecmp(): Argument #3 ($length) must be greater than or equal to 0 in %s:3
Stack trace:
#0 %s(3): strncasecmp('a', 'b', -1)
#1 {main}
  thrown in %s on line 3
