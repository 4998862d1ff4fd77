--TEST--
floor(null) and ceil(null) are deprecated (8.1) and give 0
--FILE--
<?php
var_dump(floor(null));
var_dump(ceil(null));
--EXPECTF--
Deprecated: floor(): Passing null to parameter #1 ($num) of type int|float is deprecated in %s on line 2
float(0)

Deprecated: ceil(): Passing null to parameter #1 ($num) of type int|float is deprecated in %s on line 3
float(0)
