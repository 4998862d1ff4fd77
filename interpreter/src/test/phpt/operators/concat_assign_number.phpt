--TEST--
.= on an int variable turns it into a string
--FILE--
<?php
$n = 12;
$n .= 3;
var_dump($n);
$f = 1.5;
$f .= "";
var_dump($f);
--EXPECT--
string(3) "123"
string(3) "1.5"
