--TEST--
strtr() with two arguments needs an array
--FILE--
<?php
var_dump(strtr("abc", "ab"));
--EXPECTF--

Fatal error: Uncaught TypeError: strtr(): Argument #2 ($from) must be of type array, string given in %s:2
Stack trace:
#0 %s(2): strtr('abc', 'ab')
#1 {main}
  thrown in %s on line 2
