--TEST--
passing a literal to a by-reference parameter is an Error
--FILE--
<?php
function r(&$x) { $x = 1; }
try {
    r(5);
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
--EXPECT--
Error: r(): Argument #1 ($x) cannot be passed by reference
