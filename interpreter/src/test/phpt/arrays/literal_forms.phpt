--TEST--
array() and [] literals, trailing commas
--FILE--
<?php
$a = array(1, 2, 3,);
$b = [1, 2, 3];
var_dump($a === $b);
var_dump([], array());
print_r(['x' => 1, 'y' => [2, 3],]);
--EXPECT--
bool(true)
array(0) {
}
array(0) {
}
Array
(
    [x] => 1
    [y] => Array
        (
            [0] => 2
            [1] => 3
        )

)
