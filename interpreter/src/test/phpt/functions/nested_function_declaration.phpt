--TEST--
a function declared inside a function exists after the outer one is called
--FILE--
<?php
function outer() {
    function inner() { return "inner"; }
    return "outer";
}
var_dump(function_exists('inner'));
echo outer(), "\n";
var_dump(function_exists('INNER'));
echo inner(), "\n";
--EXPECT--
bool(false)
outer
bool(true)
inner
