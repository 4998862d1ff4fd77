--TEST--
array_change_key_case: string keys lowered or uppered (later duplicates win), int keys kept
--ALLOCATOR--
zendmm
--FILE--
<?php
$a = ['Name' => 'x', 'AGE' => 1, 5 => 'five', 'lower' => 2, 'MiXeD' => 3];
print_r(array_change_key_case($a));
print_r(array_change_key_case($a, CASE_UPPER));
print_r(array_change_key_case($a, CASE_LOWER));
print_r(array_change_key_case(['A' => 1, 'a' => 2, 'B' => 3]));
print_r(array_change_key_case([]));
var_dump(CASE_LOWER, CASE_UPPER);
$m = memory_get_usage();
$r = array_change_key_case(['abc' => 1, 'def' => 2, 'ghi' => 3]);
$d1 = memory_get_usage() - $m;
unset($r);
$k = str_repeat('K', 30);
$src = [$k => 1];
$m = memory_get_usage();
$r = array_change_key_case($src);
$d2 = memory_get_usage() - $m;
echo $d1, ' ', $d2, "\n";
--EXPECT--
Array
(
    [name] => x
    [age] => 1
    [5] => five
    [lower] => 2
    [mixed] => 3
)
Array
(
    [NAME] => x
    [AGE] => 1
    [5] => five
    [LOWER] => 2
    [MIXED] => 3
)
Array
(
    [name] => x
    [age] => 1
    [5] => five
    [lower] => 2
    [mixed] => 3
)
Array
(
    [a] => 2
    [b] => 3
)
Array
(
)
int(0)
int(1)
376 432
--EXPECT_MALLOC--
Array
(
    [name] => x
    [age] => 1
    [5] => five
    [lower] => 2
    [mixed] => 3
)
Array
(
    [NAME] => x
    [AGE] => 1
    [5] => five
    [LOWER] => 2
    [MIXED] => 3
)
Array
(
    [name] => x
    [age] => 1
    [5] => five
    [lower] => 2
    [mixed] => 3
)
Array
(
    [a] => 2
    [b] => 3
)
Array
(
)
int(0)
int(1)
0 0
--EXPECT_TRACKED--
Array
(
    [name] => x
    [age] => 1
    [5] => five
    [lower] => 2
    [mixed] => 3
)
Array
(
    [NAME] => x
    [AGE] => 1
    [5] => five
    [LOWER] => 2
    [MIXED] => 3
)
Array
(
    [name] => x
    [age] => 1
    [5] => five
    [lower] => 2
    [mixed] => 3
)
Array
(
    [a] => 2
    [b] => 3
)
Array
(
)
int(0)
int(1)
376 432
