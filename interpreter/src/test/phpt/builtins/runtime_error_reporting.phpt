--TEST--
error_reporting() returns the old mask, sets a new one and mirrors it in ini error_reporting
--FILE--
<?php
var_dump(error_reporting(), error_reporting() === E_ALL);
var_dump(error_reporting(E_ALL & ~E_WARNING), error_reporting(), ini_get('error_reporting'));
echo $undefined;
var_dump(error_reporting(null), error_reporting(E_ALL), ini_get('error_reporting'));
echo $undefined2;
ini_set('error_reporting', E_ALL & ~E_DEPRECATED);
var_dump(error_reporting());
--EXPECTF--
int(32767)
bool(true)
int(32767)
int(32765)
string(5) "32765"
int(32765)
int(32765)
string(5) "32767"

Warning: Undefined variable $undefined2 in %s on line 6
int(24575)
