--TEST--
usleep() with a negative time throws ValueError
--FILE--
<?php
usleep(-1);
--EXPECTF--
Fatal error: Uncaught ValueError: usleep(): Argument #1 ($microseconds) must be greater than or equal to 0 in %s:2
Stack trace:
#0 %s(2): usleep(-1)
#1 {main}
  thrown in %s on line 2
