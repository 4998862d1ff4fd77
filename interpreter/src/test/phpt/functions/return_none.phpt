--TEST--
a typed function falling off its end: none returned
--FILE--
<?php
function f(): int { if (false) { return 1; } }
f();
--EXPECTF--

Fatal error: Uncaught TypeError: f(): Return value must be of type int, none returned in %s:2
Stack trace:
#0 %s(3): f()
#1 {main}
  thrown in %s on line 2
