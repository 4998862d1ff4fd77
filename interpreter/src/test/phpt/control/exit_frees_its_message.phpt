--TEST--
exit() with a built string (a temporary) prints it and frees it, at top level and in a function
--FILE--
<?php
function bye($x) { echo "in "; exit("bye $x" . "!\n"); }
$s = str_repeat("-", 3);
if ($s === "") exit("$s\n");
bye($s);
echo "not reached";
--EXPECT--
in bye ---!
