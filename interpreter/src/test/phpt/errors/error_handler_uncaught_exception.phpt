--TEST--
an uncaught exception from the error handler shows the handler call in its trace
--FILE--
<?php
set_error_handler(function ($no, $str) { throw new ErrorException($str, 0, $no); });
function f() { return [][0]; }
f();
--EXPECTF--
Fatal error: Uncaught ErrorException: Undefined array key 0 in %s:2
Stack trace:
#0 %s(3): {closure}(2, 'Undefined array...', '%s', 3)
#1 %s(4): f()
#2 {main}
  thrown in %s on line 2
