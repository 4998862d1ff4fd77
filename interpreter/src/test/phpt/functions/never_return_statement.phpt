--TEST--
return in a never-returning function is a compile error
--FILE--
<?php
echo "not printed\n";
function f(): never {
    return;
}
--EXPECTF--

Fatal error: A never-returning function must not return in %s on line 4
