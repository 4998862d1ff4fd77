<?php
$a = [1 => 'int one', '01' => 'string zero-one', 'k' => 'kay'];
echo "$a[1] / $a[01] / $a[k]\n";
