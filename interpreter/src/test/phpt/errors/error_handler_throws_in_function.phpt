--TEST--
an exception thrown by the error handler leaves the function that raised the error
--FILE--
<?php
set_error_handler(function ($no, $str, $file, $line) {
    throw new ErrorException($str, 0, $no, $file, $line);
});
function lookup(array $a, $k) {
    $v = $a[$k];
    echo "found $k\n";
    return $v;
}
try {
    lookup(["x" => 1], "y");
} catch (ErrorException $e) {
    echo get_class($e), ": ", $e->getMessage(), ", severity ", $e->getSeverity(), ", line ", $e->getLine(), "\n";
}
echo lookup(["x" => 1], "x"), "\n";
--EXPECT--
ErrorException: Undefined array key "y", severity 2, line 6
found x
1
