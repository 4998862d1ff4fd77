--TEST--
get_debug_type names
--FILE--
<?php
foreach ([null, true, 1, 1.0, "s", []] as $x) echo get_debug_type($x), "\n";
--EXPECT--
null
bool
int
float
string
array
