--TEST--
callable type declaration and is_callable
--FILE--
<?php
function run(callable $c, ...$args) { return $c(...$args); }
echo run('strtoupper', 'abc'), "\n";
echo run(fn() => 'arrow'), "\n";
var_dump(is_callable('strlen'), is_callable('no_such_fn'), is_callable(fn() => 1));
try {
    run('no_such_fn');
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
--EXPECTF--
ABC
arrow
bool(true)
bool(false)
bool(true)
run(): Argument #1 ($c) must be of type callable, string given, called in %s on line 7
