--TEST--
define() and const at top level
--FILE--
<?php
define('GREETING', 'hello');
const ANSWER = 42;
const DERIVED = ANSWER * 2 . "!";
const LIST_C = ['a', 'b'];
echo GREETING, " ", ANSWER, " ", DERIVED, " ", LIST_C[1], "\n";
var_dump(defined('GREETING'), defined('ANSWER'), defined('NOPE'), constant('ANSWER'));
--EXPECT--
hello 42 84! b
bool(true)
bool(true)
bool(false)
int(42)
