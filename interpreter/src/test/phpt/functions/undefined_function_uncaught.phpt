--TEST--
calling an undefined function is an uncaught Error
--FILE--
<?php
echo "before\n";
undefined_fn(1);
--EXPECTF--
before

Fatal error: Uncaught Error: Call to undefined function undefined_fn() in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
