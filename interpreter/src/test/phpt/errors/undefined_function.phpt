--TEST--
Calling an undefined function throws Error when the call is reached, before its arguments
--FILE--
<?php
echo "before\n";
function f($x) { return $x; }
echo f(1), "\n";
$a = 5;
echo NoPe($a, $undefinedVar), "\n";
--EXPECTF--
before
1

Fatal error: Uncaught Error: Call to undefined function NoPe() in %s:6
Stack trace:
#0 {main}
  thrown in %s on line 6
