--TEST--
print_r and var_dump formatting of nested arrays
--FILE--
<?php
$a = ['num' => 1, 'float' => 1.0, 'str' => "s", 'null' => null, 'bool' => false, 'arr' => ['x' => [], 'y' => [1]]];
print_r($a);
echo "\n";
var_dump($a);
--EXPECT--
Array
(
    [num] => 1
    [float] => 1
    [str] => s
    [null] => 
    [bool] => 
    [arr] => Array
        (
            [x] => Array
                (
                )

            [y] => Array
                (
                    [0] => 1
                )

        )

)

array(6) {
  ["num"]=>
  int(1)
  ["float"]=>
  float(1)
  ["str"]=>
  string(1) "s"
  ["null"]=>
  NULL
  ["bool"]=>
  bool(false)
  ["arr"]=>
  array(2) {
    ["x"]=>
    array(0) {
    }
    ["y"]=>
    array(1) {
      [0]=>
      int(1)
    }
  }
}
