--TEST--
invalid characters in hexdec/bindec/base_convert input are ignored with a deprecation
--FILE--
<?php
var_dump(hexdec("xyz1"));
var_dump(bindec("1021"));
var_dump(base_convert("-12", 10, 2));
--EXPECTF--
Deprecated: Invalid characters passed for attempted conversion, these have been ignored in %s on line 2
int(1)

Deprecated: Invalid characters passed for attempted conversion, these have been ignored in %s on line 3
int(5)

Deprecated: Invalid characters passed for attempted conversion, these have been ignored in %s on line 4
string(4) "1100"
