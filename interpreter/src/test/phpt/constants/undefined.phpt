--TEST--
an undefined constant is an Error
--FILE--
<?php
echo "x\n";
echo NOPE;
--EXPECTF--
x

Fatal error: Uncaught Error: Undefined constant "NOPE" in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
