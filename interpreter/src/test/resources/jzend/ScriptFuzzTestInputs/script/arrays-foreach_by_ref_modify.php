<?php
$a = [1, 2, 3];
foreach ($a as $k => &$v) {
    if ($k == 0) { $a[] = 4; }
    $v *= 10;
}
unset($v);
print_r($a);
