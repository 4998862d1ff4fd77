--TEST--
unset of a string offset throws Error at run time
--FILE--
<?php
$s = "abc";
unset($s[0]);
--EXPECTF--
Fatal error: Uncaught Error: Cannot unset string offsets in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
