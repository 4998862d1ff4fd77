--TEST--
declaring a function twice is a fatal error
--FILE--
<?php
function dup() {}
function dup() {}
--EXPECTF--
Fatal error: Cannot redeclare dup() (previously declared in %s:2) in %s on line 3
