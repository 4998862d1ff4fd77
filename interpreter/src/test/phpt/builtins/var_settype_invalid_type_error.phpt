--TEST--
settype() with an unknown type name throws ValueError and leaves the variable alone
--FILE--
<?php
$x = "5";
try { settype($x, "number"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { settype($x, "resource"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump($x);
settype($x, "integr");
--EXPECTF--
settype(): Argument #2 ($type) must be a valid type
Cannot convert to resource type
string(1) "5"

Fatal error: Uncaught ValueError: settype(): Argument #2 ($type) must be a valid type in %s:6
Stack trace:
#0 %s(6): settype('5', 'integr')
#1 {main}
  thrown in %s on line 6
