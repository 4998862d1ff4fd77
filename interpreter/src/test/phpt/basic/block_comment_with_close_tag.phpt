--TEST--
?> inside a block comment does not close PHP mode
--FILE--
<?php
/* this ?> is not a close tag */
echo "still php\n";
--EXPECT--
still php
