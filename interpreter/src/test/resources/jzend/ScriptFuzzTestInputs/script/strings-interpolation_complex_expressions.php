<?php
$arr = ['a' => ['b' => 'c']];
$k = 'a';
echo "{$arr[$k]['b']}\n";
$v = 'name';
$name = 'indirect';
echo "{${$v}}\n";
echo "{$arr['a']['b']}{$k}\n";
echo "{ $k }\n";
