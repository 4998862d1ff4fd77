--TEST--
range() with a step larger than the range throws ValueError
--FILE--
<?php
var_dump(range(1, 2, 5));
--EXPECTF--

Fatal error: Uncaught ValueError: range(): Argument #3 ($step) must not exceed the specified range in %s:2
Stack trace:
#0 %s(2): range(1, 2, 5)
#1 {main}
  thrown in %s on line 2
