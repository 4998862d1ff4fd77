--TEST--
unsetting elements during foreach by value
--FILE--
<?php
$a = ['a' => 1, 'b' => 2, 'c' => 3];
foreach ($a as $k => $v) {
    unset($a['b']);
    echo "$k=$v ";
}
echo "\n";
print_r($a);
--EXPECT--
a=1 b=2 c=3 
Array
(
    [a] => 1
    [c] => 3
)
