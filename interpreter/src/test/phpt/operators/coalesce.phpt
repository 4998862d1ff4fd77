--TEST--
?? and ??= on variables, quietly
--FILE--
<?php
$z = 0; $n = null;
var_dump($nope ?? "default", $z ?? 5, $n ?? "n", $nope ?? $n ?? "last");
$x ??= "set"; $x ??= "again"; var_dump($x);
--EXPECT--
string(7) "default"
int(0)
string(1) "n"
string(4) "last"
string(3) "set"
