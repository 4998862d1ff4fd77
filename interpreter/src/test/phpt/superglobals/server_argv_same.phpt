--TEST--
$_SERVER['argv'] and ['argc'] mirror $argv/$argc
--ARGS--
-a --long=value
--FILE--
<?php
var_dump($_SERVER['argc'] === $argc, $_SERVER['argv'] === $argv);
echo implode(" ", array_slice($_SERVER['argv'], 1)), "\n";
--EXPECT--
bool(true)
bool(true)
-a --long=value
