--TEST--
redefining a constant warns and keeps the old value
--FILE--
<?php
define('X', 1);
var_dump(define('X', 2));
echo X, "\n";
const Y = 1;
const Y = 2;
echo Y, "\n";
--EXPECTF--
Warning: Constant X already defined in %s on line 3
bool(false)
1

Warning: Constant Y already defined in %s on line 6
1
