--TEST--
min() with one non-array argument throws TypeError
--FILE--
<?php
min(5);
--EXPECTF--
Fatal error: Uncaught TypeError: min(): Argument #1 ($value) must be of type array, int given in %s:2
Stack trace:
#0 %s(2): min(5)
#1 {main}
  thrown in %s on line 2
