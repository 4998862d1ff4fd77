--TEST--
leading zeros in numeric strings are decimal, not octal
--FILE--
<?php
var_dump("010" + 0, 010, "0b11" == 3, (int)"0o17");
--EXPECT--
int(10)
int(8)
bool(false)
int(0)
