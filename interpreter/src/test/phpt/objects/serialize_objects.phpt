--TEST--
serialize of objects: O:len:"Class":n:{...} with mangled property names, r:N for an object met again, closures refused
--FILE--
<?php
$e = new ErrorException("m", 1, E_NOTICE, "f.php", 5);
var_dump(serialize($e));
var_dump(serialize([$e, 'again' => $e, 3]));
var_dump(serialize(new ErrorException("x", 2, 1, "g.php", 3, new ErrorException("prev", 0, 1, "h.php", 4))));
try {
    serialize([1, function () {}]);
} catch (Exception $x) {
    echo get_class($x), ": ", $x->getMessage(), "\n";
}
function f($cb) {
    return new Exception("with a closure in its trace");
}
try {
    serialize(f(strlen(...)));
} catch (Exception $x) {
    echo $x->getMessage(), "\n";
    echo $x->getTraceAsString(), "\n";
}
--EXPECTF--
string(228) "O:14:"ErrorException":8:{s:10:"%0*%0message";s:1:"m";s:17:"%0Exception%0string";s:0:"";s:7:"%0*%0code";i:1;s:7:"%0*%0file";s:5:"f.php";s:7:"%0*%0line";i:5;s:16:"%0Exception%0trace";a:0:{}s:19:"%0Exception%0previous";N;s:11:"%0*%0severity";i:8;}"
string(262) "a:3:{i:0;O:14:"ErrorException":8:{s:10:"%0*%0message";s:1:"m";s:17:"%0Exception%0string";s:0:"";s:7:"%0*%0code";i:1;s:7:"%0*%0file";s:5:"f.php";s:7:"%0*%0line";i:5;s:16:"%0Exception%0trace";a:0:{}s:19:"%0Exception%0previous";N;s:11:"%0*%0severity";i:8;}s:5:"again";r:2;i:1;i:3;}"
string(457) "O:14:"ErrorException":8:{s:10:"%0*%0message";s:1:"x";s:17:"%0Exception%0string";s:0:"";s:7:"%0*%0code";i:2;s:7:"%0*%0file";s:5:"g.php";s:7:"%0*%0line";i:3;s:16:"%0Exception%0trace";a:0:{}s:19:"%0Exception%0previous";O:14:"ErrorException":8:{s:10:"%0*%0message";s:4:"prev";s:17:"%0Exception%0string";s:0:"";s:7:"%0*%0code";i:0;s:7:"%0*%0file";s:5:"h.php";s:7:"%0*%0line";i:4;s:16:"%0Exception%0trace";a:0:{}s:19:"%0Exception%0previous";N;s:11:"%0*%0severity";i:1;}s:11:"%0*%0severity";i:1;}"
Exception: Serialization of 'Closure' is not allowed
Serialization of 'Closure' is not allowed
#0 %s(15): serialize(Object(Exception))
#1 {main}
