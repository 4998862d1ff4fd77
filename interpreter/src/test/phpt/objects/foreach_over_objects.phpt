--TEST--
foreach over a closure or an exception: no public properties, so no iteration and no warning
--FILE--
<?php
$f = function () {};
$e = new Exception("m");
foreach ($f as $k => $v) {
    echo "never\n";
}
foreach ($e as $k => $v) {
    echo "never\n";
}
foreach ($e as $k => &$v) {
    echo "never\n";
}
function loops($x) {
    foreach ($x as $v) {
        echo "never\n";
    }
    foreach ([1, 2] as $v) {
        echo $v, "\n";
    }
    foreach (5 as $v) {
    }
    return "done";
}
echo loops($e), "\n", loops(new Exception()), "\n";
var_dump($e instanceof Exception);
--EXPECTF--
1
2

Warning: foreach() argument must be of type array|object, int given in %s on line 20
done
1
2

Warning: foreach() argument must be of type array|object, int given in %s on line 20
done
bool(true)
