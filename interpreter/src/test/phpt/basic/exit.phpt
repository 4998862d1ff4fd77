--TEST--
exit with a string, from inside a function
--FILE--
<?php
function bye() { echo "in "; exit("bye\n"); }
bye();
echo "not reached";
--EXPECT--
in bye
