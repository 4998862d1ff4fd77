--TEST--
global, $GLOBALS['x'] reads and writes, static variables, superglobals written in functions, $argv/$argc
--ARGS--
a b
--FILE--
<?php
$counter = 0;
function inc() { global $counter; $counter++; }
function readUndef() { global $nothing; var_dump($nothing); $nothing = 'set'; }
inc(); inc();
echo $counter, "\n";
readUndef();
echo $nothing, "\n";
$x = 1;
function f() {
    $GLOBALS['x']++;
    $GLOBALS['y'] = 'new global';
    return $GLOBALS['x'];
}
echo f(), " ", $x, " ", $y, "\n";
var_dump(isset($GLOBALS['x']), isset($GLOBALS['nope']));
function counter() { static $n = 0; static $list = []; $n++; $list[] = $n; return count($list) . ":" . $n; }
echo counter(), " ", counter(), " ", counter(), "\n";
function setIt() { $_GET['x'] = 'set in function'; $_SERVER['MY_KEY'] = 1; }
setIt();
var_dump($_GET, $_SERVER['MY_KEY']);
var_dump($argc, count($argv), is_string($argv[0]));
var_dump($_POST, $_COOKIE, $_FILES, $_REQUEST);
$mine = 'value';
var_dump(array_key_exists('mine', $GLOBALS), $GLOBALS['mine'], isset($GLOBALS['GLOBALS']));
function g() { global $argv; return count($argv); }
echo g(), "\n";
--EXPECT--
2
NULL
set
2 2 new global
bool(true)
bool(false)
1:1 2:2 3:3
array(1) {
  ["x"]=>
  string(15) "set in function"
}
int(1)
int(3)
int(3)
bool(true)
array(0) {
}
array(0) {
}
array(0) {
}
array(0) {
}
bool(true)
string(5) "value"
bool(false)
3
