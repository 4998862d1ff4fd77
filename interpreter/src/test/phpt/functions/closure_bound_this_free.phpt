--TEST--
static closures and closures in function scope
--FILE--
<?php
function maker($prefix) {
    return function ($s) use ($prefix) { return $prefix . $s; };
}
$p = maker('pre-');
$q = maker('post-');
echo $p('a'), " ", $q('b'), "\n";
$sf = static fn($x) => $x + 1;
echo $sf(1), "\n";
--EXPECT--
pre-a post-b
2
