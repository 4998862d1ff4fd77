--TEST--
set_error_handler receives errno, message and line
--FILE--
<?php
set_error_handler(function ($no, $str, $file, $line) {
    echo "handled [$no] $str on line $line\n";
    return true;
});
echo $undefined;
$a = [];
echo $a['k'];
echo "10 apples" + 1, "\n";
--EXPECT--
handled [2] Undefined variable $undefined on line 6
handled [2] Undefined array key "k" on line 8
handled [2] A non-numeric value encountered on line 9
11
