<?php
$s = print_r([1, 'a' => [true, null]], true);
echo strlen($s) > 0 ? "captured\n" : "empty\n";
echo $s;
print_r(1.0); echo "\n";
print_r(false); echo "|\n";
print_r("str"); echo "\n";
