--TEST--
== != <> === !== < > <= >=
--FILE--
<?php
var_dump(1 == 1, 1 != 2, 1 <> 2, 1 === 1, 1 !== 1.0, 1 < 2, 2 > 1, 2 <= 2, 3 >= 4);
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
