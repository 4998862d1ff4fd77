--TEST--
ErrorException: severity, file and line arguments, getSeverity()
--FILE--
<?php
$e = new ErrorException("m", 3, E_WARNING, "f.php", 7);
echo $e->getMessage(), " ", $e->getCode(), " ", $e->getSeverity(), " ", $e->getFile(), " ", $e->getLine(), "\n";
$e = new ErrorException("m", 3, E_WARNING, "g.php");
echo $e->getFile(), ":", $e->getLine(), "\n";
$e = new ErrorException("m", 3, E_WARNING, null, 9);
echo $e->getLine(), "\n";
$e = new ErrorException();
var_dump($e->getSeverity(), $e->getMessage(), $e->getCode());
$e = new ErrorException("x", 0, E_NOTICE, null, null, new Exception("prev"));
echo $e->getPrevious()->getMessage(), "\n";
try { new ErrorException("x", 0, 1, null, null, 5); } catch (TypeError $t) { echo $t->getMessage(), "\n"; }
try { new ErrorException("x", 0, 1, null, null, null, 7); } catch (Error $t) { echo get_class($t), ": ", $t->getMessage(), "\n"; }
try { (new Exception)->getSeverity(); } catch (Error $t) { echo $t->getMessage(), "\n"; }
--EXPECT--
m 3 2 f.php 7
g.php:0
9
int(1)
string(0) ""
int(0)
prev
ErrorException::__construct(): Argument #6 ($previous) must be of type ?Throwable, int given
ArgumentCountError: ErrorException::__construct() expects at most 6 arguments, 7 given
Call to undefined method Exception::getSeverity()
