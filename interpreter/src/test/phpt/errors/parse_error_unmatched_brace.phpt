--TEST--
parse error: unmatched closing brace
--FILE--
<?php
echo 1;
}
--EXPECTF--
Parse error: Unmatched '}' in %s on line 3
