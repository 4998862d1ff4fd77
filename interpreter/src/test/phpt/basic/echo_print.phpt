--TEST--
echo with several arguments, print as an expression
--FILE--
<?php
echo "a", 1, 2.5, true, null, false, "\n";
$r = print "p\n";
echo $r, "\n";
--EXPECT--
a12.51
p
1
