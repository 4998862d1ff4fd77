--TEST--
the float functions reject non-numeric strings with a TypeError naming the parameter
--FILE--
<?php
sqrt("four");
--EXPECTF--
Fatal error: Uncaught TypeError: sqrt(): Argument #1 ($num) must be of type float, string given in %s:2
Stack trace:
#0 %s(2): sqrt('four')
#1 {main}
  thrown in %s on line 2
