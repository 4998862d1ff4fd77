--TEST--
uncaught DivisionByZeroError
--FILE--
<?php
function div($a, $b) { return $a / $b; }
echo div(1, 0);
--EXPECTF--
Fatal error: Uncaught DivisionByZeroError: Division by zero in %s:2
Stack trace:
#0 %s(3): div(1, 0)
#1 {main}
  thrown in %s on line 2
