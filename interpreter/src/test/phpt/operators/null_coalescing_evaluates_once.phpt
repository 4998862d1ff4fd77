--TEST--
??= evaluates the right side only when needed
--FILE--
<?php
function f() { echo "called\n"; return 7; }
$x = 1;
$x ??= f();
$y = null;
$y ??= f();
var_dump($x, $y);
--EXPECT--
called
int(1)
int(7)
