--TEST--
assigning to $GLOBALS itself is a compile error
--FILE--
<?php
$GLOBALS = [];
--EXPECTF--
Fatal error: $GLOBALS can only be modified using the $GLOBALS[$name] = $value syntax in %s on line 2
