--TEST--
an error handler that throws turns warnings into exceptions
--FILE--
<?php
set_error_handler(function ($no, $str) { throw new ErrorException($str, 0, $no); });
try {
    $a = [];
    echo $a['missing'];
} catch (ErrorException $e) {
    echo "caught: ", $e->getMessage(), "\n";
}
--EXPECT--
caught: Undefined array key "missing"
