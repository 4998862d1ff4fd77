--TEST--
json_encode() errors: INF/NAN, malformed UTF-8, depth; PARTIAL_OUTPUT_ON_ERROR and the INVALID_UTF8 flags
--FILE--
<?php
var_dump(json_encode(INF), json_last_error(), json_last_error_msg());
var_dump(json_encode([1, NAN, "x"], JSON_PARTIAL_OUTPUT_ON_ERROR), json_last_error());
var_dump(json_encode("a\xffb"), json_last_error(), json_last_error_msg());
var_dump(json_encode(["a\xffb", 1], JSON_PARTIAL_OUTPUT_ON_ERROR), json_encode("a\xffb", JSON_INVALID_UTF8_SUBSTITUTE), json_encode("a\xffb\xc3", JSON_INVALID_UTF8_IGNORE));
var_dump(json_encode("\xed\xa0\x80"), json_encode("\xc0\xaf"), json_encode("\xf4\x90\x80\x80"), json_last_error());
var_dump(json_encode([1], 0, 1), json_encode([[1]], 0, 1), json_last_error_msg(), json_encode([[1], [2]], JSON_PARTIAL_OUTPUT_ON_ERROR, 1), json_last_error(), json_encode([], 0, 0));
var_dump(json_encode(1), json_last_error(), json_last_error_msg());
var_dump(json_encode(["a\xffb" => 1, "ok" => "x\xff"], JSON_PARTIAL_OUTPUT_ON_ERROR), json_last_error(), json_encode(["a\xffb" => 1]), json_last_error());
--EXPECT--
bool(false)
int(7)
string(34) "Inf and NaN cannot be JSON encoded"
string(9) "[1,0,"x"]"
int(7)
bool(false)
int(5)
string(56) "Malformed UTF-8 characters, possibly incorrectly encoded"
string(8) "[null,1]"
string(10) ""a\ufffdb""
string(4) ""ab""
bool(false)
bool(false)
bool(false)
int(5)
string(3) "[1]"
bool(false)
string(28) "Maximum stack depth exceeded"
string(9) "[[1],[2]]"
int(1)
bool(false)
string(1) "1"
int(0)
string(8) "No error"
string(16) "{"":1,"ok":null}"
int(5)
bool(false)
int(5)
