--TEST--
http_response_code, header and headers_sent in the CLI (headers count as sent at the first output)
--FILE--
<?php
var_dump(http_response_code());
var_dump(http_response_code(404));
var_dump(http_response_code());
header("X-A: 1");
var_dump(headers_sent());
--EXPECTF--
bool(false)
bool(true)
int(404)

Warning: Cannot modify header information - headers already sent by (output started at %s:2) in %s on line 5
bool(true)
