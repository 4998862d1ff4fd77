--TEST--
var_export of scalars and arrays
--FILE--
<?php
var_export(1); echo "\n";
var_export(1.0); echo "\n";
var_export(0.1); echo "\n";
var_export("it's"); echo "\n";
var_export(true); echo "\n";
var_export(null); echo "\n";
var_export([1, 'k' => [2, 'x']]); echo "\n";
var_export([]); echo "\n";
--EXPECT--
1
1.0
0.1
'it\'s'
true
NULL
array (
  0 => 1,
  'k' => 
  array (
    0 => 2,
    1 => 'x',
  ),
)
array (
)
