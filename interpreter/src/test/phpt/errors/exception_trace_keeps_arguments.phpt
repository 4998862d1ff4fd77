--TEST--
a trace holds its arguments: an object passed to the frame lives as long as the exception
--FILE--
<?php
function fail($callback) {
    return new Exception("kept");
}
$e = fail(function () {});
$next = function () {};
var_dump($next);
unset($e);
var_dump(function () {});
--EXPECT--
object(Closure)#3 (0) {
}
object(Closure)#2 (0) {
}
