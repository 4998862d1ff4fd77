--TEST--
strpbrk() with an empty character list is a ValueError
--FILE--
<?php
var_dump(strpbrk("abc", ""));
--EXPECTF--

Fatal error: Uncaught ValueError: strpbrk(): Argument #2 ($characters) must be a non-empty string in %s:2
Stack trace:
#0 %s(2): strpbrk('abc', '')
#1 {main}
  thrown in %s on line 2
