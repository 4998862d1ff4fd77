--TEST--
foreach by reference does not visit elements unset ahead of it
--FILE--
<?php
$a = [1, 2, 3, 4];
foreach ($a as $k => &$v) {
    if ($k == 0) unset($a[2]);
    echo $v;
}
unset($v);
echo "\n", count($a), "\n";
--EXPECT--
124
3
