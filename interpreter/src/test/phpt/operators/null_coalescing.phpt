--TEST--
?? on undefined variables, keys and nulls without warnings
--FILE--
<?php
$a = ['k' => null, 'z' => 0];
var_dump($undefined ?? "u");
var_dump($a['k'] ?? "k-null");
var_dump($a['z'] ?? "zero");
var_dump($a['missing']['deep'] ?? "deep");
var_dump(null ?? false ?? "x");
var_dump($undefined ?? $also ?? "chain");
--EXPECT--
string(1) "u"
string(6) "k-null"
int(0)
string(4) "deep"
bool(false)
string(5) "chain"
