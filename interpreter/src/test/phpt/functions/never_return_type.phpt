--TEST--
a never function that returns throws TypeError
--FILE--
<?php
function fail(): never { throw new Exception("boom"); }
function wrong(): never { }
try { fail(); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
try { wrong(); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
boom
wrong(): never-returning function must not implicitly return
