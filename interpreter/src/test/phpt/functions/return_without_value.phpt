--TEST--
return with no value gives null; falling off the end gives null
--FILE--
<?php
function a() { return; }
function b() {}
function c() { if (false) { return 1; } }
var_dump(a(), b(), c());
--EXPECT--
NULL
NULL
NULL
