--TEST--
die with an int status prints nothing
--FILE--
<?php
echo "a\n";
die(3);
--EXPECT--
a
