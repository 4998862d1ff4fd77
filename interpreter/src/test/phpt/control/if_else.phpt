--TEST--
if, elseif, else
--FILE--
<?php
function c($n) { if ($n < 0) { return "neg"; } elseif ($n == 0) { return "zero"; } else if ($n < 10) { return "small"; } else { return "big"; } }
echo c(-1), " ", c(0), " ", c(5), " ", c(50), "\n";
--EXPECT--
neg zero small big
