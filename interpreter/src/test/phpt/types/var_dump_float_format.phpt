--TEST--
var_dump float formatting: shortest round-trip digits, exponent form only beyond 17 integer digits or below 1e-4
--FILE--
<?php
var_dump(100000.0, 1e14, 1e15, 123456789012345678.0, 0.1, 1e-4, 1e-5, -1.5e-10, 2.0 ** 53, 7.0E-10);
--EXPECT--
float(100000)
float(100000000000000)
float(1000000000000000)
float(1.2345678901234568E+17)
float(0.1)
float(0.0001)
float(1.0E-5)
float(-1.5E-10)
float(9007199254740992)
float(7.0E-10)
