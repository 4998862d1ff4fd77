--TEST--
arithmetic with leading-numeric strings ("5 apples") uses the prefix and warns
--FILE--
<?php
var_dump("5 apples" + 1);
var_dump("1.5e3x" * 1);
--EXPECTF--
Warning: A non-numeric value encountered in %s on line 2
int(6)

Warning: A non-numeric value encountered in %s on line 3
float(1500)
