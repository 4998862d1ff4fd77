<?php
foreach ([1, "1", 2, 3] as $v) {
    echo match ($v) {
        1 => "int one",
        "1" => "string one",
        2, 3 => "two or three",
    }, "\n";
}
