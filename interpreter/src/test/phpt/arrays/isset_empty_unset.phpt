--TEST--
isset, empty and unset on keys with null, 0, "" and "0"
--FILE--
<?php
$a = ['n' => null, 'z' => 0, 'e' => '', 's' => '0', 'a' => [], 'v' => 'x'];
foreach (['n', 'z', 'e', 's', 'a', 'v', 'missing'] as $k) {
    echo $k, ": isset=", var_export(isset($a[$k]), true), " empty=", var_export(empty($a[$k]), true), " key_exists=", var_export(array_key_exists($k, $a), true), "\n";
}
unset($a['n'], $a['missing']);
echo count($a), "\n";
--EXPECT--
n: isset=false empty=true key_exists=true
z: isset=true empty=true key_exists=true
e: isset=true empty=true key_exists=true
s: isset=true empty=true key_exists=true
a: isset=true empty=true key_exists=true
v: isset=true empty=false key_exists=true
missing: isset=false empty=true key_exists=false
5
