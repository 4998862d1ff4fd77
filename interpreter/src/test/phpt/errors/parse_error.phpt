--TEST--
a parse error
--FILE--
<?php
echo "never";
$x = ;
--EXPECTF--

Parse error: syntax error, unexpected token ";" in %s on line 3
