--TEST--
constant arrays cannot be modified
--FILE--
<?php
const ARR = [1, 2];
echo ARR[0], count(ARR), "\n";
ARR[] = 3;
--EXPECTF--
Fatal error: Cannot use temporary expression in write context in %s on line 4
