--TEST--
DivisionByZeroError and modulo by zero
--FILE--
<?php
echo intdiv_like(), "\n";
function intdiv_like() { return 1 % 0; }
--EXPECTF--

Fatal error: Uncaught DivisionByZeroError: Modulo by zero in %s:3
Stack trace:
#0 %s(2): intdiv_like()
#1 {main}
  thrown in %s on line 3
