--TEST--
uncaught exception with an empty message and a multi-line message
--FILE--
<?php
try {
    throw new Exception();
} catch (Exception $e) {
    var_dump($e->getMessage(), $e->getCode());
}
throw new Exception("line one\nline two");
--EXPECTF--
string(0) ""
int(0)

Fatal error: Uncaught Exception: line one
line two in %s:7
Stack trace:
#0 {main}
  thrown in %s on line 7
