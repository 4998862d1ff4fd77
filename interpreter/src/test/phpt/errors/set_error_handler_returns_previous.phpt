--TEST--
set_error_handler returns the handler it replaces (null when none)
--FILE--
<?php
$a = function ($no, $str) { echo "a: $str\n"; return true; };
var_dump(set_error_handler($a));
var_dump(set_error_handler("strlen") === $a);
var_dump(set_error_handler(null));
trigger_error("no handler now", E_USER_WARNING);
var_dump(set_error_handler($a));
trigger_error("back to a");
--EXPECTF--
NULL
bool(true)
string(6) "strlen"

Warning: no handler now in %s on line 6
NULL
a: back to a
