--TEST--
realpath of ., ./ and the empty string is the working directory
--FILE--
<?php
$cwd = realpath(".");
var_dump($cwd[0], $cwd === realpath(""), $cwd === realpath("./"), realpath($cwd . "/.") === $cwd);
var_dump(realpath(__DIR__ . "/.") === __DIR__, realpath(__DIR__ . "//./") === __DIR__);
--EXPECT--
string(1) "/"
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
