--TEST--
func_get_arg() past the last argument throws ValueError
--FILE--
<?php
function f($a) { return func_get_arg(1); }
f(1);
--EXPECTF--
Fatal error: Uncaught ValueError: func_get_arg(): Argument #1 ($position) must be less than the number of the arguments passed to the currently executed function in %s:2
Stack trace:
#0 %s(2): func_get_arg(1)
#1 %s(3): f(1)
#2 {main}
  thrown in %s on line 2
