--TEST--
exit("message") prints the message and stops
--FILE--
<?php
echo "before\n";
exit("bye\n");
echo "after\n";
--EXPECT--
before
bye
