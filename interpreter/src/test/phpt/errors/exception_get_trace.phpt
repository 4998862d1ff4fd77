--TEST--
getTrace(): one array per frame with file, line, function and the arguments as they are now; none for {main}
--FILE--
<?php
function f($a, $b = 2, ...$rest) {
    $b = "changed";
    return g([1, 2], "a string longer than fifteen", 1.5, null, true, false);
}
function g(...$x) {
    return new Exception("x");
}
$e = f(1, 2, 3, 4);
var_dump($e->getTrace());
echo $e->getTraceAsString(), "\n";
var_dump((new Exception())->getTrace());
function byRef(&$r) {
    $r++;
    return new Exception();
}
$z = 5;
var_dump(byRef($z)->getTrace()[0]["args"]);
--EXPECTF--
array(2) {
  [0]=>
  array(4) {
    ["file"]=>
    string(%d) "%s"
    ["line"]=>
    int(4)
    ["function"]=>
    string(1) "g"
    ["args"]=>
    array(6) {
      [0]=>
      array(2) {
        [0]=>
        int(1)
        [1]=>
        int(2)
      }
      [1]=>
      string(28) "a string longer than fifteen"
      [2]=>
      float(1.5)
      [3]=>
      NULL
      [4]=>
      bool(true)
      [5]=>
      bool(false)
    }
  }
  [1]=>
  array(4) {
    ["file"]=>
    string(%d) "%s"
    ["line"]=>
    int(9)
    ["function"]=>
    string(1) "f"
    ["args"]=>
    array(4) {
      [0]=>
      int(1)
      [1]=>
      string(7) "changed"
      [2]=>
      int(3)
      [3]=>
      int(4)
    }
  }
}
#0 %s(4): g(Array, 'a string longer...', 1.5, NULL, true, false)
#1 %s(9): f(1, 'changed', 3, 4)
#2 {main}
array(0) {
}
array(1) {
  [0]=>
  int(6)
}
