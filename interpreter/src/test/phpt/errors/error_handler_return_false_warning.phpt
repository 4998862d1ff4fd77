--TEST--
an error handler returning false lets the normal message through
--FILE--
<?php
set_error_handler(function ($no, $str) {
    echo "handler saw: $str\n";
    return false;
});
echo $missing;
echo "after\n";
--EXPECTF--
handler saw: Undefined variable $missing

Warning: Undefined variable $missing in %s on line 6
after
