--TEST--
display_errors=0 hides even uncaught exceptions
--INI--
display_errors=0
--FILE--
<?php
echo "start\n";
echo $undefined;
throw new Exception("hidden");
--EXPECT--
start
