--TEST--
error_reporting=0 hides warnings
--INI--
error_reporting=0
--FILE--
<?php
echo $undefined;
echo "quiet\n";
--EXPECT--
quiet
