--TEST--
mt_rand() with one argument throws ArgumentCountError
--FILE--
<?php
mt_rand(5);
--EXPECTF--
Fatal error: Uncaught ArgumentCountError: mt_rand() expects exactly 2 arguments, 1 given in %s:2
Stack trace:
#0 %s(2): mt_rand(5)
#1 {main}
  thrown in %s on line 2
