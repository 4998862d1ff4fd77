--TEST--
UnhandledMatchError quotes and truncates strings
--FILE--
<?php
echo match ("a long string value here") { 1 => "a" };
--EXPECTF--

Fatal error: Uncaught UnhandledMatchError: Unhandled match case 'a long string v...' in %s:2
Stack trace:
#0 {main}
  thrown in %s on line 2
