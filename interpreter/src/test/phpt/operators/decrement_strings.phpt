--TEST--
-- on non-numeric strings leaves them unchanged; "" becomes -1
--FILE--
<?php
foreach (["a", "", "5", "1.5", "abc1"] as $s) {
    $t = $s;
    $t--;
    var_dump($t);
}
--EXPECT--
string(1) "a"
int(-1)
int(4)
float(0.5)
string(4) "abc1"
