<?php if (true) { ?>
shown
<?php } else { ?>
hidden
<?php } ?>
<?php for ($i = 0; $i < 3; $i++) { ?>
row <?= $i ?>

<?php } ?>
