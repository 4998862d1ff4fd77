--TEST--
null compared with other types converts to bool or ""
--FILE--
<?php
var_dump(null < 1, null < -1, null == 0, null < "a", null < [], null < [1]);
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
