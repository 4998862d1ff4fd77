--TEST--
arrays keep insertion order, whatever the keys
--FILE--
<?php
$a = [];
$a[3] = 'three';
$a[1] = 'one';
$a['z'] = 'zed';
$a[2] = 'two';
$a['a'] = 'ay';
echo implode(",", array_keys($a)), "\n";
unset($a[1]);
$a[1] = 'one again';
echo implode(",", array_keys($a)), "\n";
--EXPECT--
3,1,z,2,a
3,z,2,a,1
