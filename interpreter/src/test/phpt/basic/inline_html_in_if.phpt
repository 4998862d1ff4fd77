--TEST--
inline HTML inside an if block is conditional
--FILE--
<?php if (true) { ?>
shown
<?php } else { ?>
hidden
<?php } ?>
<?php for ($i = 0; $i < 3; $i++) { ?>
row <?= $i ?>

<?php } ?>
--EXPECT--
shown
row 0
row 1
row 2
