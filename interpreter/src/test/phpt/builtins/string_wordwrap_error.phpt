--TEST--
wordwrap() cutting at width 0 is a ValueError
--FILE--
<?php
echo wordwrap("abc def", 0, "\n", false), "\n";
echo wordwrap("abc def", 0, "\n", true), "\n";
--EXPECTF--
abc
def

Fatal error: Uncaught ValueError: wordwrap(): Argument #4 ($cut_long_words) cannot be true when argument #2 ($width) is 0 in %s:3
Stack trace:
#0 %s(3): wordwrap('abc def', 0, '\n', true)
#1 {main}
  thrown in %s on line 3
