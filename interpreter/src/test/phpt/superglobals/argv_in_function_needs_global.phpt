--TEST--
$argv is a global, not a superglobal
--ARGS--
x
--FILE--
<?php
function f() { return isset($argv) ? "visible" : "not visible"; }
function g() { global $argv; return $argv[1]; }
function h() { return $_SERVER['argv'][1]; }
echo f(), " ", g(), " ", h(), "\n";
--EXPECT--
not visible x x
