--TEST--
match uses strict comparison and returns a value
--FILE--
<?php
foreach ([1, "1", 2, 3] as $v) {
    echo match ($v) {
        1 => "int one",
        "1" => "string one",
        2, 3 => "two or three",
    }, "\n";
}
--EXPECT--
int one
string one
two or three
two or three
