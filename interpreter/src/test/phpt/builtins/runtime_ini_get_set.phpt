--TEST--
ini_get()/ini_set()/ini_restore(): old values returned, unknown directives false, values as strings
--FILE--
<?php
var_dump(ini_get('precision'), ini_get('display_errors'), ini_get('error_reporting'), ini_get('short_open_tag'), ini_get('no_such_directive'));
var_dump(ini_set('no_such_directive', 1), ini_set('precision', 5), ini_get('precision'), ini_set('precision', 14), ini_get('precision'));
var_dump(ini_set('serialize_precision', 5), json_encode(1/3), var_export(2/3, true), ini_set('serialize_precision', "-1"), json_encode(1/3));
var_dump(ini_set('memory_limit', '256M'), ini_get('memory_limit'), ini_alter('memory_limit', 256 * 1024 * 1024), ini_get('memory_limit'));
ini_restore('memory_limit');
var_dump(ini_get('memory_limit'), ini_set('default_charset', true), ini_get('default_charset'), ini_set('default_charset', null), ini_get('default_charset'));
--EXPECT--
string(2) "14"
string(1) "1"
string(0) ""
string(1) "1"
bool(false)
bool(false)
string(2) "14"
string(1) "5"
string(1) "5"
string(2) "14"
string(2) "-1"
string(7) "0.33333"
string(7) "0.66667"
string(1) "5"
string(18) "0.3333333333333333"
string(4) "128M"
string(4) "256M"
string(4) "256M"
string(9) "268435456"
string(4) "128M"
string(5) "UTF-8"
string(1) "1"
string(1) "1"
string(0) ""
