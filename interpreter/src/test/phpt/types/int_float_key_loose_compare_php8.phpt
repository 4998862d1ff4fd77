--TEST--
"abc" == 0 is false in PHP 8, and switch/in_array follow ==
--FILE--
<?php
var_dump("abc" == 0);
var_dump(in_array("abc", [0]));
var_dump(in_array(0, ["abc"]));
var_dump(in_array("1e1", ["10"]));
var_dump(in_array("abc", [0], true));
--EXPECT--
bool(false)
bool(false)
bool(false)
bool(true)
bool(false)
