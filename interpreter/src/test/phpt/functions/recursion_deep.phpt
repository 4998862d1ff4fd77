--TEST--
deep recursion (10000 levels) works
--FILE--
<?php
function down($n) { return $n == 0 ? 0 : 1 + down($n - 1); }
echo down(10000), "\n";
--EXPECT--
10000
