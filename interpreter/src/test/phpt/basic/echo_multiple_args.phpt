--TEST--
echo with several comma-separated arguments
--FILE--
<?php
echo "a", "b", 1, 2.5, true, null, false, "\n";
echo 'x', PHP_EOL;
--EXPECT--
ab12.51
x
