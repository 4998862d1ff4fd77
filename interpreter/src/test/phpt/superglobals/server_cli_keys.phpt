--TEST--
$_SERVER keys present in the CLI and their types
--FILE--
<?php
foreach (['PHP_SELF', 'SCRIPT_NAME', 'SCRIPT_FILENAME', 'PATH_TRANSLATED', 'DOCUMENT_ROOT', 'REQUEST_TIME', 'REQUEST_TIME_FLOAT', 'argv', 'argc'] as $k) {
    echo $k, ": ", isset($_SERVER[$k]) ? get_debug_type($_SERVER[$k]) : "missing", "\n";
}
var_dump($_SERVER['DOCUMENT_ROOT']);
var_dump($_SERVER['PHP_SELF'] === $_SERVER['SCRIPT_NAME'], $_SERVER['SCRIPT_FILENAME'] === $_SERVER['PATH_TRANSLATED']);
var_dump(isset($_SERVER['REQUEST_METHOD']), isset($_SERVER['HTTP_HOST']), isset($_SERVER['QUERY_STRING']));
--EXPECT--
PHP_SELF: string
SCRIPT_NAME: string
SCRIPT_FILENAME: string
PATH_TRANSLATED: string
DOCUMENT_ROOT: string
REQUEST_TIME: int
REQUEST_TIME_FLOAT: float
argv: array
argc: int
string(0) ""
bool(true)
bool(true)
bool(false)
bool(false)
bool(false)
