--TEST--
sprintf() with too few arguments is an ArgumentCountError
--FILE--
<?php
echo sprintf("%d", 1), "\n";
echo sprintf("%s %s", 1), "\n";
--EXPECTF--
1

Fatal error: Uncaught ArgumentCountError: 3 arguments are required, 2 given in %s:3
Stack trace:
#0 %s(3): sprintf('%s %s', 1)
#1 {main}
  thrown in %s on line 3
