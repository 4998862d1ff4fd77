--TEST--
set_error_handler and restore_error_handler argument errors
--FILE--
<?php
foreach (["nope", 42, [1]] as $bad) {
    try { set_error_handler($bad); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
}
try { set_error_handler(null, "x"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { set_error_handler(); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
try { restore_error_handler(1); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
var_dump(restore_error_handler());
--EXPECT--
set_error_handler(): Argument #1 ($callback) must be a valid callback or null, function "nope" not found or invalid function name
set_error_handler(): Argument #1 ($callback) must be a valid callback or null, no array or string given
set_error_handler(): Argument #1 ($callback) must be a valid callback or null, array callback must have exactly two members
set_error_handler(): Argument #2 ($error_levels) must be of type int, string given
set_error_handler() expects at least 1 argument, 0 given
restore_error_handler() expects exactly 0 arguments, 1 given
bool(true)
