--TEST--
static variables inside closures
--FILE--
<?php
$f = function () { static $n = 0; return ++$n; };
echo $f(), $f(), $f(), "\n";
--EXPECT--
123
