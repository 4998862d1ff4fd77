--TEST--
++/-- on floats and bools (bools unchanged)
--FILE--
<?php
$f = 1.5; $f++; var_dump($f);
$f = -0.5; $f--; var_dump($f);
$t = true; $t++; var_dump($t);
$f2 = false; $f2--; var_dump($f2);
--EXPECT--
float(2.5)
float(-1.5)
bool(true)
bool(false)
