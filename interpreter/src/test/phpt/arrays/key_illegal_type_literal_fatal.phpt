--TEST--
an array key in a constant array literal is a compile-time fatal error
--FILE--
<?php
echo "never printed\n";
$b = [[] => 1];
--EXPECTF--
Fatal error: Illegal offset type in %s on line 3
