--TEST--
string literals may span lines
--FILE--
<?php
$s = "line one
line two";
$t = 'single
quoted';
var_dump($s, $t);
--EXPECT--
string(17) "line one
line two"
string(13) "single
quoted"
