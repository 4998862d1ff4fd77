--TEST--
PHP_EOL, PHP_OS_FAMILY and version constants
--FILE--
<?php
var_dump(PHP_EOL);
var_dump(PHP_MAJOR_VERSION, PHP_MINOR_VERSION);
var_dump(PHP_VERSION_ID >= 80200 && PHP_VERSION_ID < 80300);
var_dump(strlen(PHP_VERSION) > 0, PHP_OS_FAMILY === "Linux");
--EXPECT--
string(1) "
"
int(8)
int(2)
bool(true)
bool(true)
bool(true)
