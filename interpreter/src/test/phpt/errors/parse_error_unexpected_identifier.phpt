--TEST--
parse error: unexpected identifier
--FILE--
<?php
function f() {}
f() foo;
--EXPECTF--
Parse error: syntax error, unexpected identifier "foo" in %s on line 3
