--TEST--
function names are case-insensitive
--FILE--
<?php
function MyFunc() { return 42; }
echo myfunc(), MYFUNC(), "\n";
--EXPECT--
4242
