<?php
// float.tsv: bits | echo at precision 14,17,1,5,-1 | var_dump (-1) | var_dump (17) | var_export | json_encode
require __DIR__ . '/gen_common.php';
foreach (interesting_doubles() as $x) { $x = (float)$x;
    $cols = [substr(enc($x), 2)];
    foreach ([14, 17, 1, 5, -1] as $p) { ini_set('precision', $p); $cols[] = bin2hex((string)$x); }
    ini_set('precision', 14);
    ob_start(); var_dump($x); $cols[] = bin2hex(trim(ob_get_clean()));
    ini_set('serialize_precision', 17);
    ob_start(); var_dump($x); $cols[] = bin2hex(trim(ob_get_clean()));
    ini_set('serialize_precision', -1);
    $cols[] = bin2hex(var_export($x, true));
    $j = json_encode($x);
    $cols[] = $j === false ? 'F' : bin2hex($j);
    row(...$cols);
}
