--TEST--
stack trace frame names for closures
--FILE--
<?php
$f = function ($n) {
    throw new Exception("from closure $n");
};
array_map($f, [1]);
--EXPECTF--
Fatal error: Uncaught Exception: from closure 1 in %s:3
Stack trace:
#0 [internal function]: {closure}(1)
#1 %s(5): array_map(Object(Closure), Array)
#2 {main}
  thrown in %s on line 3
