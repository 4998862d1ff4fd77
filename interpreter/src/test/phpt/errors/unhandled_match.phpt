--TEST--
UnhandledMatchError
--FILE--
<?php
echo match (99) { 1 => "a" };
--EXPECTF--

Fatal error: Uncaught UnhandledMatchError: Unhandled match case 99 in %s:2
Stack trace:
#0 {main}
  thrown in %s on line 2
