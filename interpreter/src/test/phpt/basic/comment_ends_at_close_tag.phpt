--TEST--
a // comment ends at ?>
--FILE--
<?php // comment ?>visible
<?php # hash ?>also visible
--EXPECT--
visible
also visible
