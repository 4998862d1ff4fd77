--TEST--
str_repeat and implode
--FILE--
<?php
echo str_repeat("ab", 3), "|", str_repeat("x", 0), "|\n";
echo implode(", ", [1, 2.5, "three", true, null]), "\n";
echo implode([1, 2]), "\n";
echo implode("-", []), "|\n";
--EXPECT--
ababab||
1, 2.5, three, 1, 
12
|
