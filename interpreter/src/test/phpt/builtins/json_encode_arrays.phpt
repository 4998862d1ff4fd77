--TEST--
json_encode() of lists and maps, FORCE_OBJECT, PRETTY_PRINT with nesting and empty arrays
--FILE--
<?php
var_dump(json_encode([1, 2, 3]), json_encode([1 => 1, 2 => 2]), json_encode([]), json_encode([], JSON_FORCE_OBJECT), json_encode([3 => 'x', 'k' => [true]], JSON_FORCE_OBJECT));
var_dump(json_encode(['a' => 1, 'b' => [1, 2], 'c' => [], 'd' => ['e' => null, 'f' => [[]]]], JSON_PRETTY_PRINT));
echo json_encode([[1, [2, [3]]], ['x' => 'y/z']], JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES), "\n";
echo json_encode(['' => 0, '0' => 1, 'k"' => 2]), "\n";
--EXPECT--
string(7) "[1,2,3]"
string(13) "{"1":1,"2":2}"
string(2) "[]"
string(2) "{}"
string(24) "{"3":"x","k":{"0":true}}"
string(143) "{
    "a": 1,
    "b": [
        1,
        2
    ],
    "c": [],
    "d": {
        "e": null,
        "f": [
            []
        ]
    }
}"
[
    [
        1,
        [
            2,
            [
                3
            ]
        ]
    ],
    {
        "x": "y/z"
    }
]
{"":0,"0":1,"k\"":2}
