--TEST--
uncaught TypeError from a parameter type shows the call in the stack trace
--FILE--
<?php
function needsInt(int $n) {
    return $n * 2;
}
echo needsInt("x");
--EXPECTF--
Fatal error: Uncaught TypeError: needsInt(): Argument #1 ($n) must be of type int, string given, called in %s on line 5 and defined in %s:2
Stack trace:
#0 %s(5): needsInt('x')
#1 {main}
  thrown in %s on line 2
