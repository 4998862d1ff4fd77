--TEST--
foreach yields int keys for numeric-string keys
--FILE--
<?php
foreach (["1" => 'a', "01" => 'b', "x" => 'c', 2 => 'd'] as $k => $v) {
    var_dump($k);
}
--EXPECT--
int(1)
string(2) "01"
string(1) "x"
int(2)
