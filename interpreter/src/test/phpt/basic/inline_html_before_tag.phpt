--TEST--
inline HTML before and after the open tag is output verbatim
--FILE--
Header line
<?php echo "inside\n"; ?>
Footer line
--EXPECT--
Header line
inside
Footer line
