--TEST--
concatenation converts numbers to strings
--FILE--
<?php
var_dump(1 . 2);
var_dump(1.50 . "");
var_dump(-0.0 . "");
var_dump(true . false . null);
var_dump(1e6 . "", 1e15 . "", 1e14 . "", 0.1 + 0.2 . "");
--EXPECT--
string(2) "12"
string(3) "1.5"
string(2) "-0"
string(1) "1"
string(7) "1000000"
string(7) "1.0E+15"
string(7) "1.0E+14"
string(3) "0.3"
