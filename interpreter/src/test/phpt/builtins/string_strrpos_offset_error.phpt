--TEST--
strrpos() with a negative offset before the start is a ValueError
--FILE--
<?php
var_dump(strripos("abc", "B", -3));
var_dump(strrpos("abc", "b", -4));
--EXPECTF--
bool(false)

Fatal error: Uncaught ValueError: strrpos(): Argument #3 ($offset) must be contained in argument #1 ($haystack) in %s:3
Stack trace:
#0 %s(3): strrpos('abc', 'b', -4)
#1 {main}
  thrown in %s on line 3
