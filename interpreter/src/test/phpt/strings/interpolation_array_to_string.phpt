--TEST--
interpolating an array gives "Array" with a warning
--FILE--
<?php
$a = [1, 2];
echo "value: $a\n";
--EXPECTF--
Warning: Array to string conversion in %s on line 3
value: Array
