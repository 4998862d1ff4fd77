--TEST--
appending after a PHP_INT_MAX key throws Error "Cannot add element..."
--FILE--
<?php
$a = [PHP_INT_MAX => 'max'];
$a[] = 'next';
var_dump(count($a));
--EXPECTF--
Fatal error: Uncaught Error: Cannot add element to the array as the next element is already occupied in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
