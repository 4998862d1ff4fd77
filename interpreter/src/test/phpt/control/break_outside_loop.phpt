--TEST--
break outside a loop is a compile error
--FILE--
<?php
echo "start\n";
break;
--EXPECTF--
Fatal error: 'break' not in the 'loop' or 'switch' context in %s on line 3
