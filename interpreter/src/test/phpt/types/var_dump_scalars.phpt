--TEST--
var_dump of each scalar type
--FILE--
<?php
var_dump(null, true, false, 0, -1, 1.5, -0.0, "", "abc");
--EXPECT--
NULL
bool(true)
bool(false)
int(0)
int(-1)
float(1.5)
float(-0)
string(0) ""
string(3) "abc"
