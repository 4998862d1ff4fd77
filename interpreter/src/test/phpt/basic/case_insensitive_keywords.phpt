--TEST--
keywords and function names are case-insensitive
--FILE--
<?php
ECHO "echo\n";
IF (TRUE) { Echo "if\n"; }
$x = NULL;
Var_Dump($x);
FUNCTION Foo() { RETURN "foo\n"; }
echo foo();
echo FOO();
--EXPECT--
echo
if
NULL
foo
foo
