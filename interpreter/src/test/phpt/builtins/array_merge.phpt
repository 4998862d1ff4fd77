--TEST--
array_merge: int keys renumbered, string keys overwritten, zero arguments, holes, nesting
--FILE--
<?php
print_r(array_merge());
print_r(array_merge([5 => 'a', 'k' => 'b', 2 => 'c'], ['k' => 'B', 9 => 'd', 'x' => 'e'], [-5 => 'f']));
print_r(array_merge([3 => 'only']));
print_r(array_merge([], ['a' => 1, 'b' => 2]));
print_r(array_merge([7 => 'x'], []));
$a = [1, 2, 3, 4];
unset($a[1]);
print_r(array_merge($a, [10]));
print_r(array_merge(['n' => [1, 2]], ['n' => [3]]));
var_dump(array_merge(["10" => 'ten', "01" => 'zero-one']));
--EXPECT--
Array
(
)
Array
(
    [0] => a
    [k] => B
    [1] => c
    [2] => d
    [x] => e
    [3] => f
)
Array
(
    [0] => only
)
Array
(
    [a] => 1
    [b] => 2
)
Array
(
    [0] => x
)
Array
(
    [0] => 1
    [1] => 3
    [2] => 4
    [3] => 10
)
Array
(
    [n] => Array
        (
            [0] => 3
        )

)
array(2) {
  [0]=>
  string(3) "ten"
  ["01"]=>
  string(8) "zero-one"
}
