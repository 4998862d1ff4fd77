--TEST--
arrays passed by value are not modified by the callee
--FILE--
<?php
function change($a) { $a[0] = 'x'; return $a; }
$orig = [1, 2];
$new = change($orig);
echo $orig[0], " ", $new[0], "\n";
--EXPECT--
1 x
