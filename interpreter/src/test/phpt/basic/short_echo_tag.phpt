--TEST--
<?= short echo tag works without short_open_tag
--FILE--
<?php $x = 42; ?>
Value: <?= $x ?>

Sum: <?= 1 + 2, "!" ?>
--EXPECT--
Value: 42
Sum: 3!
