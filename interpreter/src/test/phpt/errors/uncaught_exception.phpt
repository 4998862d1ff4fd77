--TEST--
uncaught Exception: message, Stack trace, thrown in
--FILE--
<?php
echo "start\n";
throw new Exception("Something failed");
echo "never\n";
--EXPECTF--
start

Fatal error: Uncaught Exception: Something failed in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
