--TEST--
declaring a function twice at run time is a fatal error
--FILE--
<?php
function a() {}
if (true) {
    function a() {}
}
echo "unreached\n";
--EXPECTF--
Fatal error: Cannot redeclare a() (previously declared in %s:2) in %s on line 4
