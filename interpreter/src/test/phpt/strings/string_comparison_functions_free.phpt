--TEST--
comparing strings with == and === (numeric vs non-numeric)
--FILE--
<?php
var_dump("abc" == "abc", "1e3" == "1000", "1e3" === "1000", "abc" == "ABC", "null" == null, "" == null);
--EXPECT--
bool(true)
bool(true)
bool(false)
bool(false)
bool(false)
bool(true)
