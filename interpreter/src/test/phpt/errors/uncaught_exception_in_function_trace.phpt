--TEST--
uncaught exception thrown in nested function calls shows the trace with arguments
--FILE--
<?php
function inner($a, $b) {
    throw new RuntimeException("deep", 42);
}
function outer($x) {
    return inner($x, [1, 2]);
}
outer("a string argument that is rather long indeed");
--EXPECTF--
Fatal error: Uncaught RuntimeException: deep in %s:3
Stack trace:
#0 %s(6): inner('a string argume...', Array)
#1 %s(8): outer('a string argume...')
#2 {main}
  thrown in %s on line 3
