--TEST--
traces: extra named arguments of a variadic function are listed by name
--FILE--
<?php
function g(...$args) {
    throw new Exception("x");
}
try {
    g(1, x: 2, y: "s");
} catch (Exception $e) {
    echo $e->getTraceAsString(), "\n";
    var_dump($e->getTrace()[0]["args"]);
}
function h($a, $b) {
    unset($a);
    $b = 7;
    throw new Exception("x");
}
try {
    h(1, 2, 3);
} catch (Exception $e) {
    echo $e->getTraceAsString(), "\n";
}
--EXPECTF--
#0 %s(6): g(1, x: 2, y: 's')
#1 {main}
array(3) {
  [0]=>
  int(1)
  ["x"]=>
  int(2)
  ["y"]=>
  string(1) "s"
}
#0 %s(17): h(NULL, 7, 3)
#1 {main}
