--TEST--
function_exists for user and builtin functions
--FILE--
<?php
function mine() {}
var_dump(function_exists('mine'), function_exists('MINE'), function_exists('strlen'), function_exists('nope'), function_exists('echo'));
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
