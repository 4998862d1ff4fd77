--TEST--
const cannot be declared inside a function body
--FILE--
<?php
function f() {
    const INNER = 1;
}
--EXPECTF--
Parse error: syntax error, unexpected token "const" in %s on line 3
