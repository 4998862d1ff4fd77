--TEST--
parse error: unexpected variable
--FILE--
<?php
echo "a" $b;
--EXPECTF--
Parse error: syntax error, unexpected variable "$b", expecting "," or ";" in %s on line 2
