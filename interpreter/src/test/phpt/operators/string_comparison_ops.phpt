--TEST--
comparison of strings is byte-wise
--FILE--
<?php
var_dump("a" < "b", "B" < "a", "abc" == "abc", "abc" === "ABC", "é" > "z");
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
