<?php
$arr = [1, [2, 3]];
[&$a, [, &$b]] = $arr;
$a = 'changed';
$b = 'also';
var_dump($arr);
