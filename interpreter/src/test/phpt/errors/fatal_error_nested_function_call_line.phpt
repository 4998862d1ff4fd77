--TEST--
Error thrown from a nested call: thrown in points to the throwing line
--FILE--
<?php
function a() { b(); }
function b() { c(); }
function c() { nope(); }
a();
--EXPECTF--
Fatal error: Uncaught Error: Call to undefined function nope() in %s:4
Stack trace:
#0 %s(3): c()
#1 %s(2): b()
#2 %s(5): a()
#3 {main}
  thrown in %s on line 4
