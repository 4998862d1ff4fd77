--TEST--
?> terminates the last statement (no semicolon needed)
--FILE--
<?php echo "one\n" ?>
<?php echo "two\n" ?>
--EXPECT--
one
two
