--TEST--
execution continues after a warning; message order is interleaved with output
--FILE--
<?php
echo "one\n";
echo $missing;
echo "two\n";
--EXPECTF--
one

Warning: Undefined variable $missing in %s on line 3
two
