--TEST--
var_dump of closures: parameters required and optional, by reference, variadic; captured and static variables
--FILE--
<?php
var_dump(function () {});
var_dump(function ($a, &$b, $c = 1, ...$rest) {});
$x = 5;
$y = [1];
$f = function ($p) use ($x, &$y) {
    static $calls = 0;
    $calls++;
};
var_dump($f);
$f(1);
$f(2);
var_dump($f);
$g = fn($n) => $n + $x;
var_dump($g);
$h = fn() => $undefined;
var_dump($h);
var_dump([$f]);
--EXPECT--
object(Closure)#1 (0) {
}
object(Closure)#1 (1) {
  ["parameter"]=>
  array(4) {
    ["$a"]=>
    string(10) "<required>"
    ["&$b"]=>
    string(10) "<required>"
    ["$c"]=>
    string(10) "<optional>"
    ["$rest"]=>
    string(10) "<optional>"
  }
}
object(Closure)#1 (2) {
  ["static"]=>
  array(3) {
    ["x"]=>
    int(5)
    ["y"]=>
    &array(1) {
      [0]=>
      int(1)
    }
    ["calls"]=>
    int(0)
  }
  ["parameter"]=>
  array(1) {
    ["$p"]=>
    string(10) "<required>"
  }
}
object(Closure)#1 (2) {
  ["static"]=>
  array(3) {
    ["x"]=>
    int(5)
    ["y"]=>
    &array(1) {
      [0]=>
      int(1)
    }
    ["calls"]=>
    int(2)
  }
  ["parameter"]=>
  array(1) {
    ["$p"]=>
    string(10) "<required>"
  }
}
object(Closure)#2 (2) {
  ["static"]=>
  array(1) {
    ["x"]=>
    int(5)
  }
  ["parameter"]=>
  array(1) {
    ["$n"]=>
    string(10) "<required>"
  }
}
object(Closure)#3 (0) {
}
array(1) {
  [0]=>
  object(Closure)#1 (2) {
    ["static"]=>
    array(3) {
      ["x"]=>
      int(5)
      ["y"]=>
      &array(1) {
        [0]=>
        int(1)
      }
      ["calls"]=>
      int(2)
    }
    ["parameter"]=>
    array(1) {
      ["$p"]=>
      string(10) "<required>"
    }
  }
}
