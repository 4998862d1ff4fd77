--TEST--
single-statement if/else without braces, dangling else binds to nearest if
--FILE--
<?php
$a = true; $b = false;
if ($a)
    if ($b) echo "both\n";
    else echo "a only\n";
if (!$a) echo "x\n"; else echo "not a is false\n";
--EXPECT--
a only
not a is false
