--TEST--
substr_replace() on a single string with an array offset is a TypeError
--FILE--
<?php
var_dump(substr_replace("abc", "x", [1]));
--EXPECTF--

Fatal error: Uncaught TypeError: substr_replace(): Argument #3 ($offset) cannot be an array when working on a single string in %s:2
Stack trace:
#0 %s(2): substr_replace('abc', 'x', Array)
#1 {main}
  thrown in %s on line 2
