--TEST--
max() without arguments throws ArgumentCountError
--FILE--
<?php
max();
--EXPECTF--
Fatal error: Uncaught ArgumentCountError: max() expects at least 1 argument, 0 given in %s:2
Stack trace:
#0 %s(2): max()
#1 {main}
  thrown in %s on line 2
