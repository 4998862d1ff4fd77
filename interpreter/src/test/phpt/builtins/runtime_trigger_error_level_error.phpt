--TEST--
trigger_error() with a non-user level throws ValueError
--FILE--
<?php
trigger_error("x", E_WARNING);
--EXPECTF--
Fatal error: Uncaught ValueError: trigger_error(): Argument #2 ($error_level) must be one of E_USER_ERROR, E_USER_WARNING, E_USER_NOTICE, or E_USER_DEPRECATED in %s:2
Stack trace:
#0 %s(2): trigger_error('x', 2)
#1 {main}
  thrown in %s on line 2
