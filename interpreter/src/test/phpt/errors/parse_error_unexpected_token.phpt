--TEST--
parse error: unexpected token
--FILE--
<?php
echo "never printed\n";
$x = ;
--EXPECTF--
Parse error: syntax error, unexpected token ";" in %s on line 3
