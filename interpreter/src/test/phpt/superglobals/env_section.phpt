--TEST--
--ENV-- variables reach getenv, $_ENV and $_SERVER (variables_order defaults to EGPCS under -n)
--ENV--
JZEND_PHPT_VAR=hello world
--FILE--
<?php
var_dump(getenv('JZEND_PHPT_VAR'));
var_dump($_ENV['JZEND_PHPT_VAR'] ?? 'not in $_ENV');
var_dump($_SERVER['JZEND_PHPT_VAR'] ?? 'not in $_SERVER');
var_dump(getenv('JZEND_PHPT_SURELY_UNSET'));
--EXPECT--
string(11) "hello world"
string(11) "hello world"
string(11) "hello world"
bool(false)
