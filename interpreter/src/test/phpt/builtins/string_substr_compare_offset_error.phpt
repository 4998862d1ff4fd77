--TEST--
substr_compare() with an offset past the end is a ValueError
--FILE--
<?php
var_dump(substr_compare("abc", "b", 4));
--EXPECTF--

Fatal error: Uncaught ValueError: substr_compare(): Argument #3 ($offset) must be contained in argument #1 ($haystack) in %s:2
Stack trace:
#0 %s(2): substr_compare('abc', 'b', 4)
#1 {main}
  thrown in %s on line 2
