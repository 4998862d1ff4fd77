--TEST--
count_chars() with mode 5 is a ValueError
--FILE--
<?php
var_dump(count_chars("abc", 5));
--EXPECTF--

Fatal error: Uncaught ValueError: count_chars(): Argument #2 ($mode) must be between 0 and 4 (inclusive) in %s:2
Stack trace:
#0 %s(2): count_chars('abc', 5)
#1 {main}
  thrown in %s on line 2
