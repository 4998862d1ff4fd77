--TEST--
null and bools in arithmetic behave as 0 and 0/1
--FILE--
<?php
var_dump(null + 5, true + true, false * 3, null - null, true / 2, -null, -true);
--EXPECT--
int(5)
int(2)
int(0)
int(0)
float(0.5)
int(0)
int(-1)
