--TEST--
trigger_error goes to the error handler, E_USER_ERROR included
--FILE--
<?php
set_error_handler(function ($no, $str, $file, $line) {
    echo "[$no] $str (line $line)\n";
    return true;
});
var_dump(trigger_error("a notice"));
trigger_error("a warning", E_USER_WARNING);
trigger_error("a deprecation", E_USER_DEPRECATED);
trigger_error("an error the handler survives", E_USER_ERROR);
echo "still running\n";
--EXPECT--
[1024] a notice (line 6)
bool(true)
[512] a warning (line 7)
[16384] a deprecation (line 8)
[256] an error the handler survives (line 9)
still running
