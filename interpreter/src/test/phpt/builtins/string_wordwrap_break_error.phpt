--TEST--
wordwrap() with an empty break is a ValueError
--FILE--
<?php
echo wordwrap("abc def", 2, ""), "\n";
--EXPECTF--

Fatal error: Uncaught ValueError: wordwrap(): Argument #3 ($break) cannot be empty in %s:2
Stack trace:
#0 %s(2): wordwrap('abc def', 2, '')
#1 {main}
  thrown in %s on line 2
