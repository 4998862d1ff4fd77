<?php
$s = "";
for ($i = 0; $i < 10; $i++) {
    $s .= $i;
}
echo $s, " ", strlen($s), "\n";
$t = "";
foreach (['a', 'b', 'c'] as $c) $t = $c . $t;
echo $t, "\n";
