<?php
foreach (["a", "z", "Az", "zz", "a9", "Zz", "9", "9.5", "1e2", "", "-5", " 5", "5 "] as $s) {
    $t = $s;
    $t++;
    echo var_export($s, true), " => ", var_export($t, true), "\n";
}
