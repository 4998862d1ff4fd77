--TEST--
superglobals are visible in every scope; writes persist
--FILE--
<?php
function setIt() { $_GET['x'] = 'set in function'; $_SERVER['MY_KEY'] = 1; }
setIt();
var_dump($_GET, $_SERVER['MY_KEY']);
--EXPECT--
array(1) {
  ["x"]=>
  string(15) "set in function"
}
int(1)
