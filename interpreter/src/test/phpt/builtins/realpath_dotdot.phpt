--TEST--
realpath resolves .. against the directory before it
--FILE--
<?php
$dir = substr(__DIR__, strrpos(__DIR__, "/") + 1);
$name = substr(__FILE__, strlen(__DIR__) + 1);
var_dump(realpath(__DIR__ . "/..") === dirname(__DIR__));
var_dump(realpath(__DIR__ . "/../" . $dir . "/./" . $name) === __FILE__);
var_dump(realpath("..") === dirname(realpath(".")));
var_dump(realpath("/.."), realpath("/tmp/../.."));
--EXPECT--
bool(true)
bool(true)
bool(true)
string(1) "/"
string(1) "/"
