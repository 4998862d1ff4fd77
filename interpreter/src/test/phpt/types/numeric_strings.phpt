--TEST--
numeric strings in arithmetic
--FILE--
<?php
var_dump("5" + 3, "1.5" * 2, " 7" + 1, "7 " + 1, "1e2" + 0);
--EXPECT--
int(8)
float(3)
int(8)
int(8)
float(100)
