--TEST--
$argc is 1 without arguments
--FILE--
<?php
var_dump($argc, count($argv));
--EXPECT--
int(1)
int(1)
