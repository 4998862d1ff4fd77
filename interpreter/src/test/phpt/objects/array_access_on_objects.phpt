--TEST--
[] on an object without ArrayAccess: Error "Cannot use object of type X as array" for reads, writes, isset, ??, unset, list()
--FILE--
<?php
function attempt(callable $c) {
    try {
        var_dump($c());
    } catch (Error $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
$f = function () {};
$e = new Exception();
attempt(function () use ($f) { return $f[0]; });
attempt(function () use ($e) { return $e["message"]; });
attempt(function () use ($f) { $g = $f; $g[0] = str_repeat("v", 3); });
attempt(function () use ($f) { $g = $f; $g[] = 1; });
attempt(function () use ($f) { $g = $f; $g[0][1] = 1; });
attempt(function () use ($f) { $g = $f; $g[0] .= "x"; });
attempt(function () use ($f) { return isset($f[0]); });
attempt(function () use ($f) { return empty($f["k"]); });
attempt(function () use ($f) { return $f[0] ?? "default"; });
attempt(function () use ($f) { unset($f[0]); });
attempt(function () use ($f) { [$a] = $f; return $a; });
attempt(function () use ($f) { return ["k" => $f]["k"] === $f; });
attempt(function () use ($f) { $s = "abc"; return $s[$f]; });
var_dump($f);
--EXPECT--
Error: Cannot use object of type Closure as array
Error: Cannot use object of type Exception as array
Error: Cannot use object of type Closure as array
Error: Cannot use object of type Closure as array
Error: Cannot use object of type Closure as array
Error: Cannot use object of type Closure as array
Error: Cannot use object of type Closure as array
Error: Cannot use object of type Closure as array
Error: Cannot use object of type Closure as array
Error: Cannot use object of type Closure as array
Error: Cannot use object of type Closure as array
bool(true)
TypeError: Cannot access offset of type Closure on string
object(Closure)#1 (0) {
}
