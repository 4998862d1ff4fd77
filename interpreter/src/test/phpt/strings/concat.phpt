--TEST--
concatenation and string functions
--FILE--
<?php
$a = "x" . 1 . 2.5 . true . null;
var_dump($a, strlen($a), str_repeat("ab", 3), str_repeat("-", 0));
--EXPECT--
string(6) "x12.51"
int(6)
string(6) "ababab"
string(0) ""
