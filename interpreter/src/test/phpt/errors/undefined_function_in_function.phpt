--TEST--
Undefined function called inside a function: the trace names the caller
--FILE--
<?php
function g() { return undefined_thing(1); }
echo "x\n";
var_dump(strlen(g()));
--EXPECTF--
x

Fatal error: Uncaught Error: Call to undefined function undefined_thing() in %s:2
Stack trace:
#0 %s(4): g()
#1 {main}
  thrown in %s on line 2
