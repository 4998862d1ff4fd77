--TEST--
JSON_THROW_ON_ERROR throws JsonException and leaves json_last_error() alone
--FILE--
<?php
var_dump(json_decode('[1', true), json_last_error());
var_dump(json_encode(1, JSON_THROW_ON_ERROR), json_last_error());
json_decode('{', true, 512, JSON_THROW_ON_ERROR);
--EXPECTF--
NULL
int(4)
string(1) "1"
int(4)

Fatal error: Uncaught JsonException: Syntax error in %s:4
Stack trace:
#0 %s(4): json_decode('{', true, 512, 4194304)
#1 {main}
  thrown in %s on line 4
