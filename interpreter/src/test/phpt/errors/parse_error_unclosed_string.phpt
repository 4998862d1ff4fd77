--TEST--
parse error: unterminated string literal
--FILE--
<?php
echo "unterminated;
--EXPECTF--
Parse error: syntax error, unexpected end of file, expecting variable or "${" or "{$" in %s on line 3
