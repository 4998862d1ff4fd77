--TEST--
functions declared inside if exist only after the if runs
--FILE--
<?php
var_dump(function_exists('later'));
if (true) {
    function later() { return "declared"; }
}
var_dump(function_exists('later'));
echo later(), "\n";
--EXPECT--
bool(false)
bool(true)
declared
