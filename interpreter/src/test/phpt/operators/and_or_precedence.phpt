--TEST--
"and"/"or" have lower precedence than =
--FILE--
<?php
$a = true and false;
var_dump($a);
$b = (true and false);
var_dump($b);
$c = false or true;
var_dump($c);
$d = true && false;
var_dump($d);
--EXPECT--
bool(true)
bool(false)
bool(false)
bool(false)
