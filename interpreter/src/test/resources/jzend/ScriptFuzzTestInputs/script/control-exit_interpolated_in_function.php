<?php
function bye() { echo "in "; exit("$x) => $x . '!', ['a', 'b']));
$words = ['pear', 'fig', 'bananabye\n"); }
bye();
echo "not reached";
