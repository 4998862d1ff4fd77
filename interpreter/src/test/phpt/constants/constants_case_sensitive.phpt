--TEST--
constants are case-sensitive (except true/false/null)
--FILE--
<?php
define('Lower', 'x');
var_dump(defined('LOWER'), defined('Lower'));
var_dump(TRUE, False, NULL);
--EXPECT--
bool(false)
bool(true)
bool(true)
bool(false)
NULL
