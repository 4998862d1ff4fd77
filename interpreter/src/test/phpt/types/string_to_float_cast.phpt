--TEST--
(float) casts of strings
--FILE--
<?php
var_dump((float)"1.5", (float)"1e3", (float)".5", (float)"abc", (float)"1.5abc");
var_dump((float)"  -2.5e-3xyz", (float)"1e", (float)"INF", (float)"1_000");
--EXPECT--
float(1.5)
float(1000)
float(0.5)
float(0)
float(1.5)
float(-0.0025)
float(1)
float(0)
float(1)
