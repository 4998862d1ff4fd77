--TEST--
. and .= concatenation
--FILE--
<?php
$s = "a";
$s .= "b";
$s .= 1;
$s .= 2.5;
$s .= true;
$s .= null;
echo $s, "\n";
echo "x" . 1 + 2 . "\n";
--EXPECT--
ab12.51
x3
