--TEST--
a void function must not return a value
--FILE--
<?php
function f(): void { return 1; }
--EXPECTF--

Fatal error: A void function must not return a value in %s on line 2
