--TEST--
objects as array keys: TypeError "Illegal offset type" ("in isset or empty", "in unset"), skipped with a warning by array_flip/array_count_values
--FILE--
<?php
function attempt(callable $c) {
    try {
        var_dump($c());
    } catch (Throwable $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
$f = function () {};
attempt(function () use ($f) { return [$f => 1]; });
attempt(function () use ($f) { $a = []; $a[$f] = 1; });
attempt(function () use ($f) { $a = [1]; return $a[$f]; });
attempt(function () use ($f) { $a = [1]; return isset($a[$f]); });
attempt(function () use ($f) { $a = [1]; return $a[$f] ?? 0; });
attempt(function () use ($f) { $a = [1]; unset($a[$f]); });
attempt(function () use ($f) { return array_key_exists($f, [1]); });
attempt(function () use ($f) { return array_flip([$f, "a"]); });
attempt(function () use ($f) { return array_count_values([$f, 1]); });
attempt(function () use ($f) { return array_fill_keys([$f], 1); });
attempt(function () use ($f) { return array_combine([$f], [1]); });
--EXPECTF--
TypeError: Illegal offset type
TypeError: Illegal offset type
TypeError: Illegal offset type
TypeError: Illegal offset type in isset or empty
TypeError: Illegal offset type
TypeError: Illegal offset type in unset
TypeError: Illegal offset type

Warning: array_flip(): Can only flip string and integer values, entry skipped in %s on line 17
array(1) {
  ["a"]=>
  int(1)
}

Warning: array_count_values(): Can only count string and integer values, entry skipped in %s on line 18
array(1) {
  [1]=>
  int(1)
}
Error: Object of class Closure could not be converted to string
Error: Object of class Closure could not be converted to string
