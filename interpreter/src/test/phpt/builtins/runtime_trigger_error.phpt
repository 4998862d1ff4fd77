--TEST--
trigger_error()/user_error() with each E_USER_* level; E_USER_ERROR ends the script
--FILE--
<?php
var_dump(trigger_error("a notice"));
var_dump(user_error("a warning", E_USER_WARNING));
trigger_error("a deprecation", E_USER_DEPRECATED);
error_reporting(E_ALL & ~E_USER_NOTICE);
trigger_error("hidden notice");
trigger_error("fatal one", E_USER_ERROR);
echo "never\n";
--EXPECTF--
Notice: a notice in %s on line 2
bool(true)

Warning: a warning in %s on line 3
bool(true)

Deprecated: a deprecation in %s on line 4

Fatal error: fatal one in %s on line 7
