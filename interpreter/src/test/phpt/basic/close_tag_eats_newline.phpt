--TEST--
a single newline right after ?> is swallowed
--FILE--
<?php echo "a"; ?>
<?php echo "b"; ?>

<?php echo "c\n";
--EXPECT--
ab
c
