--TEST--
sprintf() with an unknown format specifier is a ValueError
--FILE--
<?php
echo sprintf("%y", 1), "\n";
--EXPECTF--

Fatal error: Uncaught ValueError: Unknown format specifier "y" in %s:2
Stack trace:
#0 %s(2): sprintf('%y', 1)
#1 {main}
  thrown in %s on line 2
