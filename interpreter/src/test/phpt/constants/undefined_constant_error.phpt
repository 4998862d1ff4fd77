--TEST--
an undefined constant throws Error in PHP 8
--FILE--
<?php
try {
    echo UNDEFINED_THING;
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
echo NOT_DEFINED_EITHER;
--EXPECTF--
Error: Undefined constant "UNDEFINED_THING"

Fatal error: Uncaught Error: Undefined constant "NOT_DEFINED_EITHER" in %s:7
Stack trace:
#0 {main}
  thrown in %s on line 7
