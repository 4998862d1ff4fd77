--TEST--
(bool) casts: the falsy values
--FILE--
<?php
var_dump((bool)0, (bool)0.0, (bool)-0.0, (bool)"", (bool)"0", (bool)[], (bool)null);
var_dump((bool)"0.0", (bool)" ", (bool)"00", (bool)[0], (bool)-1, (bool)NAN, (bool)"false");
--EXPECT--
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
