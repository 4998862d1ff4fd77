--TEST--
strpos() with an offset past the end is a ValueError
--FILE--
<?php
var_dump(strpos("abc", "b", 3));
var_dump(strrpos("abc", "b", -3));
var_dump(strpos("abc", "b", 4));
--EXPECTF--
bool(false)
bool(false)

Fatal error: Uncaught ValueError: strpos(): Argument #3 ($offset) must be contained in argument #1 ($haystack) in %s:4
Stack trace:
#0 %s(4): strpos('abc', 'b', 4)
#1 {main}
  thrown in %s on line 4
