--TEST--
a return in a finally block inside loops frees each iterator once
--FILE--
<?php
// a return inside a finally block, itself inside loops, frees each loop's iterator once
function f(array $a) {
    try {
        foreach ($a as $v) {
            return $v . "1";
        }
    } finally {
        echo "finally f\n";
        return "2";
    }
}
$a = [str_repeat("a", 3), "b"];
var_dump(f($a));
var_dump($a);

function g(array $a) {
    foreach ($a as $k => $v) {
        foreach ($a as $w) {
            try {
                return "$k:$v:$w";
            } finally {
                echo "finally g\n";
            }
        }
    }
}
var_dump(g($a));
var_dump(count($a));

function h($s) {
    switch ($s . "") {
        case "x":
            foreach ([1] as $i) {
                try {
                    return "h" . $i;
                } finally {
                    echo "finally h\n";
                }
            }
    }
}
var_dump(h("x"));
--EXPECT--
finally f
string(1) "2"
array(2) {
  [0]=>
  string(3) "aaa"
  [1]=>
  string(1) "b"
}
finally g
string(9) "0:aaa:aaa"
int(2)
finally h
string(2) "h1"
