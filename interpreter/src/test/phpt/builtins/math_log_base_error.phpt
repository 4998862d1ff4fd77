--TEST--
log() with a base <= 0 throws ValueError
--FILE--
<?php
var_dump(log(8, 0.5));
log(8, 0);
--EXPECTF--
float(-3)

Fatal error: Uncaught ValueError: log(): Argument #2 ($base) must be greater than 0 in %s:3
Stack trace:
#0 %s(3): log(8, 0)
#1 {main}
  thrown in %s on line 3
