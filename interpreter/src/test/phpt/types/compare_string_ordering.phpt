--TEST--
relational operators on strings and numeric strings
--FILE--
<?php
var_dump("abc" < "abd", "Z" < "a", "10" < "9", "10" < "9a", "1e1" > "9");
var_dump("apple" > "Apple", "" < "a", "a" < "aa");
var_dump(2 < "10", "abc" > 5, 5 > "abc");
--EXPECT--
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
