--TEST--
uncaught UnhandledMatchError
--FILE--
<?php
$x = 3.5;
echo match ($x) {
    1 => 'one',
};
--EXPECTF--
Fatal error: Uncaught UnhandledMatchError: Unhandled match case 3.5 in %s:4
Stack trace:
#0 {main}
  thrown in %s on line 4
