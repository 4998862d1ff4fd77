--TEST--
max() of an empty array throws ValueError
--FILE--
<?php
var_dump(max([7]));
max([]);
--EXPECTF--
int(7)

Fatal error: Uncaught ValueError: max(): Argument #1 ($value) must contain at least one element in %s:3
Stack trace:
#0 %s(3): max(Array)
#1 {main}
  thrown in %s on line 3
