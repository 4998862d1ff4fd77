--TEST--
chunk_split() with a negative length is a ValueError
--FILE--
<?php
var_dump(chunk_split("abc", -1));
--EXPECTF--

Fatal error: Uncaught ValueError: chunk_split(): Argument #2 ($length) must be greater than 0 in %s:2
Stack trace:
#0 %s(2): chunk_split('abc', -1)
#1 {main}
  thrown in %s on line 2
