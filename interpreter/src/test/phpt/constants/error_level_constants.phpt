--TEST--
E_* constants
--FILE--
<?php
var_dump(E_ERROR, E_WARNING, E_PARSE, E_NOTICE, E_DEPRECATED, E_USER_ERROR, E_USER_WARNING, E_USER_NOTICE, E_USER_DEPRECATED, E_STRICT, E_ALL);
var_dump(error_reporting() === E_ALL);
--EXPECT--
int(1)
int(2)
int(4)
int(8)
int(8192)
int(256)
int(512)
int(1024)
int(16384)
int(2048)
int(32767)
bool(true)
