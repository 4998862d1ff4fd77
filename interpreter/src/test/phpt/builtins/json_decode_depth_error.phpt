--TEST--
json_decode() with a depth of 0 throws ValueError
--FILE--
<?php
json_decode('1', true, 0);
--EXPECTF--
Fatal error: Uncaught ValueError: json_decode(): Argument #3 ($depth) must be greater than 0 in %s:2
Stack trace:
#0 %s(2): json_decode('1', true, 0)
#1 {main}
  thrown in %s on line 2
