--TEST--
compact() of a recursive array of names: Error; extract() of references (copied by value) onto a CV that is a reference
--FILE--
<?php
function r() {
    $a = 1;
    $n = ['a'];
    $n[] = &$n;
    try { var_dump(compact($n)); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
    unset($n[1]);
    $x = 1; $y = &$x;
    $src = ['y' => 5, 'q' => &$x];
    var_dump(extract($src), $x, $y, $q);
    $q = 9; var_dump($x);
}
r();
--EXPECT--
Error: Recursion detected
int(2)
int(5)
int(5)
int(5)
int(5)
