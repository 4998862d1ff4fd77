--TEST--
foreach over a scalar warns
--FILE--
<?php
foreach (5 as $v) { echo "never"; }
foreach (null as $v) { echo "never"; }
echo "after\n";
--EXPECTF--
Warning: foreach() argument must be of type array|object, int given in %s on line 2

Warning: foreach() argument must be of type array|object, null given in %s on line 3
after
