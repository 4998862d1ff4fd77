<?php
foreach ([null, true, false, 0, -42, PHP_INT_MAX, PHP_INT_MIN, 1.0, -0.0, 0.1 + 0.2, 1e100, 1.5e-7, INF, -INF, NAN, "", "it's", "back\\slash", "nul\0byte", "\$x \"q\"\n"] as $v) {
    var_export($v);
    echo "\n";
}
var_dump(var_export(1, true), var_export('', true), var_export(2.50, true));
