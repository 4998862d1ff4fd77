--TEST--
substr_count() with an empty needle is a ValueError
--FILE--
<?php
echo substr_count("abc", ""), "\n";
--EXPECTF--

Fatal error: Uncaught ValueError: substr_count(): Argument #2 ($needle) cannot be empty in %s:2
Stack trace:
#0 %s(2): substr_count('abc', '')
#1 {main}
  thrown in %s on line 2
