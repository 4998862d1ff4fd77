--TEST--
define() works anywhere at run time, including with computed names
--FILE--
<?php
function setup($n) { define("DYN_$n", $n * 10); }
setup(1);
setup(2);
echo DYN_1 + DYN_2, "\n";
echo constant("DYN_" . 2), "\n";
--EXPECT--
30
20
