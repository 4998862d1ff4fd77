--TEST--
die is exit; die without parentheses
--FILE--
<?php
function stop() { die("stopped in function\n"); }
echo "a\n";
stop();
echo "b\n";
--EXPECT--
a
stopped in function
