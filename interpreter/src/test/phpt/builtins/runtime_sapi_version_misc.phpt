--TEST--
php_sapi_name(), phpversion(), gc_collect_cycles(), gc_enabled(), usleep() and sleep()
--FILE--
<?php
var_dump(php_sapi_name(), phpversion() === PHP_VERSION, phpversion('standard') === PHP_VERSION, phpversion('json') === PHP_VERSION, phpversion('no_such_ext'));
var_dump(gc_collect_cycles(), gc_enabled(), usleep(1), sleep(0));
--EXPECT--
string(3) "cli"
bool(true)
bool(true)
bool(true)
bool(false)
int(0)
bool(true)
NULL
int(0)
