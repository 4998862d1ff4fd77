--TEST--
var_export() of nested arrays, printed and returned, with string keys escaped
--FILE--
<?php
var_export([1, 'a' => [true, null, []], "k'ey" => 2.5, -3 => "x"]);
echo "\n";
var_export([]);
echo "\n";
$s = var_export([[1, [2]], 'q\\' => ['z' => "\0"]], true);
echo strlen($s), "\n", $s, "\n";
$r = var_export([1], false);
var_dump($r);
--EXPECT--
array (
  0 => 1,
  'a' => 
  array (
    0 => true,
    1 => NULL,
    2 => 
    array (
    ),
  ),
  'k\'ey' => 2.5,
  -3 => 'x',
)
array (
)
141
array (
  0 => 
  array (
    0 => 1,
    1 => 
    array (
      0 => 2,
    ),
  ),
  'q\\' => 
  array (
    'z' => '' . "\0" . '',
  ),
)
array (
  0 => 1,
)NULL
