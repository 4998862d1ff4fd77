--TEST--
break 2 with only one loop is a compile error
--FILE--
<?php
echo "start\n";
while (true) {
    break 2;
}
--EXPECTF--
Fatal error: Cannot 'break' 2 levels in %s on line 4
