--TEST--
strings used in numeric context and back
--FILE--
<?php
$s = "10";
$t = $s + 5;
echo $t, " ", gettype($t), "\n";
$u = $s . 5;
echo $u, " ", gettype($u), "\n";
$v = "3.0" + 1;
echo $v, " ", gettype($v), "\n";
--EXPECT--
15 integer
105 string
4 double
