--TEST--
set_error_handler error_levels: other types are reported normally
--FILE--
<?php
set_error_handler(function ($no, $str) {
    echo "handled [$no] $str\n";
    return true;
}, E_USER_NOTICE | E_USER_WARNING);
trigger_error("user notice");
trigger_error("user warning", E_USER_WARNING);
trigger_error("user deprecated", E_USER_DEPRECATED);
echo $undefined;
echo "done\n";
--EXPECTF--
handled [1024] user notice
handled [512] user warning

Deprecated: user deprecated in %s on line 8

Warning: Undefined variable $undefined in %s on line 9
done
