--TEST--
json_encode of objects: only public properties, so {} for closures and exceptions, with the depth limit
--FILE--
<?php
$e = new Exception("m");
var_dump(json_encode($e));
var_dump(json_encode([function () {}, 'e' => $e, 1]));
var_dump(json_encode([$e], JSON_PRETTY_PRINT));
var_dump(json_encode(['a' => [$e]], 0, 2), json_last_error_msg());
var_dump(json_encode([$e], JSON_PARTIAL_OUTPUT_ON_ERROR, 1), json_last_error_msg());
print_r($e);
var_dump(json_encode($e));
--EXPECTF--
string(2) "{}"
string(21) "{"0":{},"e":{},"1":1}"
string(10) "[
    {}
]"
bool(false)
string(28) "Maximum stack depth exceeded"
string(4) "[{}]"
string(28) "Maximum stack depth exceeded"
Exception Object
(
    [message:protected] => m
    [string:Exception:private] => 
    [code:protected] => 0
    [file:protected] => %s
    [line:protected] => 2
    [trace:Exception:private] => Array
        (
        )

    [previous:Exception:private] => 
)
string(2) "{}"
