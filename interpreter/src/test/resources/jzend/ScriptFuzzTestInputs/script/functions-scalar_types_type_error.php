<?php
function i(int $x) { return $x; }
foreach (["abc", "1.5", 1.5, [], null, "12abc"] as $v) {
    try {
        var_dump(i($v));
    } catch (TypeError $e) {
        echo $e->getMessage(), "\n";
    }
}
