<?php
echo __LINE__, "\n";
function whoami() { return __FUNCTION__; }
echo whoami(), "\n";
var_dump(__FUNCTION__);
echo substr(__FILE__, -4), " ", __FILE__ === realpath(__FILE__) ? "absolute" : "relative", "\n";
var_dump(__DIR__ === dirname(__FILE__));
$f = function () { return __FUNCTION__; };
echo $f(), "\n";
