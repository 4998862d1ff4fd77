--TEST--
float literal forms
--FILE--
<?php
var_dump(1.5, .5, 5., 1e3, 1E-3, 2.5e+2, 0.1 + 0.7, 1/3);
--EXPECT--
float(1.5)
float(0.5)
float(5)
float(1000)
float(0.001)
float(250)
float(0.7999999999999999)
float(0.3333333333333333)
