--TEST--
traces: a callback called by an internal function has no file ([internal function]); a method frame has class and type
--FILE--
<?php
$c = function ($v) {
    throw new Error("from the callback");
};
try {
    array_map($c, [10]);
} catch (Error $e) {
    var_dump($e->getTrace());
    echo $e, "\n";
}
function make() {
    return new RuntimeException([]);
}
try {
    make();
} catch (TypeError $e) {
    var_dump($e->getTrace()[0]);
    echo $e->getTraceAsString(), "\n";
}
--EXPECTF--
array(2) {
  [0]=>
  array(2) {
    ["function"]=>
    string(9) "{closure}"
    ["args"]=>
    array(1) {
      [0]=>
      int(10)
    }
  }
  [1]=>
  array(4) {
    ["file"]=>
    string(%d) "%s"
    ["line"]=>
    int(6)
    ["function"]=>
    string(9) "array_map"
    ["args"]=>
    array(2) {
      [0]=>
      object(Closure)#1 (1) {
        ["parameter"]=>
        array(1) {
          ["$v"]=>
          string(10) "<required>"
        }
      }
      [1]=>
      array(1) {
        [0]=>
        int(10)
      }
    }
  }
}
Error: from the callback in %s:3
Stack trace:
#0 [internal function]: {closure}(10)
#1 %s(6): array_map(Object(Closure), Array)
#2 {main}
array(6) {
  ["file"]=>
  string(%d) "%s"
  ["line"]=>
  int(12)
  ["function"]=>
  string(11) "__construct"
  ["class"]=>
  string(9) "Exception"
  ["type"]=>
  string(2) "->"
  ["args"]=>
  array(1) {
    [0]=>
    array(0) {
    }
  }
}
#0 %s(12): Exception->__construct(Array)
#1 %s(15): make()
#2 {main}
