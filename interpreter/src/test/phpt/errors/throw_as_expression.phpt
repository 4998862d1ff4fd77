--TEST--
throw is an expression in PHP 8
--FILE--
<?php
function get($v) { return $v ?? throw new InvalidArgumentException("null given"); }
echo get(1), "\n";
try {
    get(null);
} catch (InvalidArgumentException $e) {
    echo $e->getMessage(), "\n";
}
$f = fn() => throw new Exception("arrow");
try { $f(); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
1
null given
arrow
