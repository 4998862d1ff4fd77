--TEST--
uncaught ArithmeticError from intdiv
--FILE--
<?php
echo intdiv(PHP_INT_MIN, -1);
--EXPECTF--
Fatal error: Uncaught ArithmeticError: Division of PHP_INT_MIN by -1 is not an integer in %s:2
Stack trace:
#0 %s(2): intdiv(-9223372036854775808, -1)
#1 {main}
  thrown in %s on line 2
