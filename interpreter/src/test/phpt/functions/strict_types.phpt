--TEST--
strict_types=1: only int to float widens
--FILE--
<?php
declare(strict_types=1);
function f(int $i, float $f) { var_dump($i, $f); }
f(5, 5);
f("5", 1.0);
--EXPECTF--
int(5)
float(5)

Fatal error: Uncaught TypeError: f(): Argument #1 ($i) must be of type int, string given, called in %s on line 5 and defined in %s:3
Stack trace:
#0 %s(5): f('5', 1.0)
#1 {main}
  thrown in %s on line 3
