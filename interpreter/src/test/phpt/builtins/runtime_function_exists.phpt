--TEST--
function_exists() for user and internal functions, case-insensitive, leading backslash, language constructs
--FILE--
<?php
function my_func() {}
var_dump(function_exists('my_func'), function_exists('MY_FUNC'), function_exists('\my_func'), function_exists('strlen'), function_exists('\StrLen'));
var_dump(function_exists('json_encode'), function_exists('nope'), function_exists('echo'), function_exists('isset'), function_exists(''), function_exists('{main}'));
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
