--TEST--
"$s[-1]" interpolates a negative string offset
--FILE--
<?php
$s = "hello";
$a = [-1 => 'minus one'];
echo "$s[-1] $s[0]\n";
echo "$a[-1]\n";
--EXPECT--
o h
minus one
