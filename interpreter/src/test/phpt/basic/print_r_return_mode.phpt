--TEST--
print_r with return=true and scalars
--FILE--
<?php
$s = print_r([1, 'a' => [true, null]], true);
echo strlen($s) > 0 ? "captured\n" : "empty\n";
echo $s;
print_r(1.0); echo "\n";
print_r(false); echo "|\n";
print_r("str"); echo "\n";
--EXPECT--
captured
Array
(
    [0] => 1
    [a] => Array
        (
            [0] => 1
            [1] => 
        )

)
1
|
str
