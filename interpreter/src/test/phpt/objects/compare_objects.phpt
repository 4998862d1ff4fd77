--TEST--
comparisons with objects: == and === by identity, closures of one function equal, <=> against scalars with php's notices, null, bools, arrays, strings
--FILE--
<?php
$f = function () {};
$g = function () {};
$e = new Exception("m");
var_dump($f == $f, $f === $f, $f == $g, $f != $g, $f === $g);
var_dump(strlen(...) == strlen(...), strlen(...) === strlen(...), strlen(...) == strrev(...));
var_dump($f == true, $f == false, $f == null, null == $f, $f <=> null, null <=> $f);
var_dump($f == [], [] == $f, $f <=> [], [] <=> $f, $f < [], [] < $f);
var_dump($f == 1, $f == 1.0, 1 == $f, $f <=> 2, 0 < $f, $f > 0.5);
var_dump($f == "x", "x" == $f, $f <=> "x", "x" <=> $f);
var_dump($e == (string) $e, (string) $e == $e, $e <=> "A", "A" <=> $e);
var_dump($f == $e, $e == $f, $f <=> $e, $e <=> $f);
function twin() {
    return [new Exception("same"), new Exception("same")];
}
[$a, $b] = twin();
var_dump($a == $b, $a === $b, $a <=> $b);
[$c, $d] = [new Exception("one"), new Exception("two")];
var_dump($c == $d, $c <=> $d, $d <=> $c);
--EXPECTF--
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
bool(false)
bool(false)
bool(true)
bool(false)
bool(false)
bool(false)
int(1)
int(-1)
bool(false)
bool(false)
int(1)
int(-1)
bool(false)
bool(true)

Notice: Object of class Closure could not be converted to int in %s on line 9

Notice: Object of class Closure could not be converted to float in %s on line 9

Notice: Object of class Closure could not be converted to int in %s on line 9

Notice: Object of class Closure could not be converted to int in %s on line 9

Notice: Object of class Closure could not be converted to int in %s on line 9

Notice: Object of class Closure could not be converted to float in %s on line 9
bool(true)
bool(true)
bool(true)
int(-1)
bool(true)
bool(true)
bool(false)
bool(false)
int(1)
int(-1)
bool(true)
bool(true)
int(1)
int(-1)
bool(false)
bool(false)
int(1)
int(1)
bool(true)
bool(false)
int(0)
bool(false)
int(-1)
int(1)
