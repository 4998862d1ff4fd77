--TEST--
realpath is false for a missing file, a file used as a directory, a NUL byte is a ValueError
--FILE--
<?php
var_dump(realpath(__DIR__ . "/no-such-file.txt"));
var_dump(realpath("no/such/dir/.."));
var_dump(realpath(__FILE__ . "/"), realpath(__FILE__ . "/.."));
var_dump(realpath(__FILE__) === __FILE__);
try { realpath("a\0b"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
bool(false)
bool(false)
bool(false)
bool(false)
bool(true)
realpath(): Argument #1 ($path) must not contain any null bytes
