--TEST--
a parameter with default null is implicitly nullable
--FILE--
<?php
function f(int $x = null) { var_dump($x); }
f();
f(null);
f(3);
--EXPECT--
NULL
NULL
int(3)
