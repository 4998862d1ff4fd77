--TEST--
dirname with levels
--FILE--
<?php
foreach (["/a/b/c", "a/b//", "a", "/a", "//", "", "/a/b/c/"] as $p) {
    var_dump(dirname($p));
}
var_dump(dirname("/a/b/c", 2), dirname("/a/b/c", 3), dirname("/a/b/c", 9), dirname("a/b/c", 2));
try { dirname("/a", 0); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
string(4) "/a/b"
string(1) "a"
string(1) "."
string(1) "/"
string(1) "/"
string(0) ""
string(4) "/a/b"
string(2) "/a"
string(1) "/"
string(1) "/"
string(1) "a"
dirname(): Argument #2 ($levels) must be greater than or equal to 1
