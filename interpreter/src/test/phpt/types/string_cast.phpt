--TEST--
(string) casts
--FILE--
<?php
var_dump((string)1, (string)-0, (string)1.0, (string)1.25, (string)true, (string)false, (string)null);
var_dump((string)1e25, (string)-1.5e-9, (string)0.1, (string)PHP_INT_MAX);
--EXPECT--
string(1) "1"
string(1) "0"
string(1) "1"
string(4) "1.25"
string(1) "1"
string(0) ""
string(0) ""
string(7) "1.0E+25"
string(7) "-1.5E-9"
string(3) "0.1"
string(19) "9223372036854775807"
