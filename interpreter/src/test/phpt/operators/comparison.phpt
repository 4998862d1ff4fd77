--TEST--
PHP 8 comparisons of numbers and strings
--FILE--
<?php
var_dump(1 == 1.0, "1" == "01", "10" == "1e1", 100 == "1e2", "abc" == 0, null == false, "1" === 1, 1.5 < 2, "a" < "b", "10" < "9", 10 < "9", "abc" <=> "abd");
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
bool(true)
bool(false)
bool(false)
int(-1)
