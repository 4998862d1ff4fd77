--TEST--
static variables keep their value between calls
--FILE--
<?php
function counter() {
    static $n = 0;
    static $list = [];
    $n++;
    $list[] = $n;
    return implode(",", $list);
}
echo counter(), "\n";
echo counter(), "\n";
echo counter(), "\n";
--EXPECT--
1
1,2
1,2,3
