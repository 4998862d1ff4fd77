--TEST--
(array) of an exception: its properties under their mangled names, before and after the properties table exists
--FILE--
<?php
function make() {
    return new ErrorException("m", 3, E_USER_NOTICE, "f.php", 9);
}
$e = make();
$a = (array) $e;
var_dump(count($a), array_keys($a) === array_keys((array) $e));
foreach ($a as $k => $v) {
    echo str_replace("\0", "\\0", $k), " => ", is_array($v) ? "array(" . count($v) . ")" : var_export($v, true), "\n";
}
print_r($e, true);
$b = (array) $e;
var_dump($a === $b);
$x = $e;
settype($x, "array");
var_dump($x === $b);
--EXPECT--
int(8)
bool(true)
\0*\0message => 'm'
\0Exception\0string => ''
\0*\0code => 3
\0*\0file => 'f.php'
\0*\0line => 9
\0Exception\0trace => array(1)
\0Exception\0previous => NULL
\0*\0severity => 1024
bool(true)
bool(true)
