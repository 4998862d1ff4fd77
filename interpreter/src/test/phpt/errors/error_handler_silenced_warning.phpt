--TEST--
the error handler is called for @-silenced errors, error_reporting() is 4437 there
--FILE--
<?php
set_error_handler(function ($no, $str) {
    echo "handler: $str, error_reporting ", error_reporting(), "\n";
    return false;
});
$x = @$undefined;
echo "silenced\n";
echo $undefined2;
echo error_reporting(), "\n";
--EXPECTF--
handler: Undefined variable $undefined, error_reporting 4437
silenced
handler: Undefined variable $undefined2, error_reporting 32767

Warning: Undefined variable $undefined2 in %s on line 8
32767
