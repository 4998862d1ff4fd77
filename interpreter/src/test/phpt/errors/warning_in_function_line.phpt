--TEST--
warning inside a function reports the line inside the function
--FILE--
<?php
function f() {
    return $undefined_inside;
}
var_dump(f());
--EXPECTF--
Warning: Undefined variable $undefined_inside in %s on line 3
NULL
