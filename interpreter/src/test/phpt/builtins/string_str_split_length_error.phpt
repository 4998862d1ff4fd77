--TEST--
str_split() with a length of 0 is a ValueError
--FILE--
<?php
var_dump(str_split("abc", 0));
--EXPECTF--

Fatal error: Uncaught ValueError: str_split(): Argument #2 ($length) must be greater than 0 in %s:2
Stack trace:
#0 %s(2): str_split('abc', 0)
#1 {main}
  thrown in %s on line 2
