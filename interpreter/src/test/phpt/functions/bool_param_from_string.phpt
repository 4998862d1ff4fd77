--TEST--
bool and float parameters from strings
--FILE--
<?php
function b(bool $b, float $f) { var_dump($b, $f); }
b("0", "1.5"); b("abc", "7");
b(1, "x");
--EXPECTF--
bool(false)
float(1.5)
bool(true)
float(7)

Fatal error: Uncaught TypeError: b(): Argument #2 ($f) must be of type float, string given, called in %s on line 4 and defined in %s:2
Stack trace:
#0 %s(4): b(true, 'x')
#1 {main}
  thrown in %s on line 2
