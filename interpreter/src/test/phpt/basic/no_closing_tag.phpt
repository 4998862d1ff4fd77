--TEST--
a file may end without ?>
--FILE--
<?php
echo "no close tag\n";
--EXPECT--
no close tag
