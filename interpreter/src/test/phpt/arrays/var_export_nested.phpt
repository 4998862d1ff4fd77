--TEST--
var_export formatting of nested arrays
--FILE--
<?php
var_export(['a' => [1, 'b' => null], 2 => false, 'f' => 0.5, 's' => "q'q\\"]);
echo "\n";
--EXPECT--
array (
  'a' => 
  array (
    0 => 1,
    'b' => NULL,
  ),
  2 => false,
  'f' => 0.5,
  's' => 'q\'q\\',
)
