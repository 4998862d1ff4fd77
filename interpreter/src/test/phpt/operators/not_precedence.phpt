--TEST--
! binds tighter than comparison; instanceof-free checks
--FILE--
<?php
$a = 5;
var_dump(!$a == 5);
var_dump(!($a == 5));
var_dump(!empty($a));
--EXPECT--
bool(false)
bool(false)
bool(true)
