--TEST--
trigger_error with user levels
--FILE--
<?php
trigger_error("a notice");
trigger_error("a warning", E_USER_WARNING);
trigger_error("a deprecation", E_USER_DEPRECATED);
trigger_error("fatal one", E_USER_ERROR);
echo "never\n";
--EXPECTF--
Notice: a notice in %s on line 2

Warning: a warning in %s on line 3

Deprecated: a deprecation in %s on line 4

Fatal error: fatal one in %s on line 5
