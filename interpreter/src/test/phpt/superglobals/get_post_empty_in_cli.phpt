--TEST--
$_GET, $_POST, $_COOKIE, $_FILES, $_REQUEST are empty arrays in the CLI
--FILE--
<?php
var_dump($_GET, $_POST, $_COOKIE, $_FILES, $_REQUEST);
--EXPECT--
array(0) {
}
array(0) {
}
array(0) {
}
array(0) {
}
array(0) {
}
