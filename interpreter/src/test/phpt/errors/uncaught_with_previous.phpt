--TEST--
uncaught exception with a previous exception prints both
--FILE--
<?php
try {
    throw new Exception("first");
} catch (Exception $e) {
    throw new LogicException("second", 0, $e);
}
--EXPECTF--
Fatal error: Uncaught Exception: first in %s:3
Stack trace:
#0 {main}

Next LogicException: second in %s:5
Stack trace:
#0 {main}
  thrown in %s on line 5
