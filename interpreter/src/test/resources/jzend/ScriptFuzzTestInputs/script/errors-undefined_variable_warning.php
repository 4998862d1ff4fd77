<?php
echo "a" . $x . "b\n";
var_dump($y);
$z = $undefined + 1;
var_dump($z);
