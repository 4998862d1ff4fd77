--TEST--
redeclaring a function is a compile error
--FILE--
<?php
function a() {}
function A() {}
--EXPECTF--

Fatal error: Cannot redeclare A() (previously declared in %s:2) in %s on line 3
