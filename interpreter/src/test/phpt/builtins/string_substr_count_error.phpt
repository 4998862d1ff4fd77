--TEST--
substr_count() with a length past the end is a ValueError
--FILE--
<?php
var_dump(substr_count("hello", "l", 1, 4));
var_dump(substr_count("hello", "l", 1, 5));
--EXPECTF--
int(2)

Fatal error: Uncaught ValueError: substr_count(): Argument #4 ($length) must be contained in argument #1 ($haystack) in %s:3
Stack trace:
#0 %s(3): substr_count('hello', 'l', 1, 5)
#1 {main}
  thrown in %s on line 3
