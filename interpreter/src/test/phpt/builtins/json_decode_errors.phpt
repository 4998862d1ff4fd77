--TEST--
json_decode() errors: syntax, state mismatch, control characters, UTF-8, UTF-16 surrogates, depth
--FILE--
<?php
foreach (['', ' ', '01', '1.', '-', '.5', '[1,]', '{"a":1,}', '[1}', '{"a":1]', '[}', '{]', "\"a\x01\"", "\"\xff\"", "\xff", "1\x00", '"\ud83d"', '"\ude00"', '"\u12"', '"\a"', 'TRUE', 'nul', '[1] x', '{"a"}', '{1:2}', '"abc', '[', '[1', '{"a":1 "b":2}'] as $j) {
    var_dump(json_decode($j, true));
    echo json_last_error(), ' ', json_last_error_msg(), "\n";
}
foreach ([['[1]', 1], ['[1]', 2], ['[[1]]', 2], ['{"a":{"b":1}}', 3], ['[[', 1], ['"x"', 1]] as $c) {
    var_dump(json_decode($c[0], true, $c[1]));
    echo json_last_error(), "\n";
}
var_dump(json_decode('[1]', true), json_last_error());
--EXPECT--
NULL
4 Syntax error
NULL
4 Syntax error
NULL
4 Syntax error
NULL
4 Syntax error
NULL
4 Syntax error
NULL
4 Syntax error
NULL
4 Syntax error
NULL
4 Syntax error
NULL
2 State mismatch (invalid or malformed JSON)
NULL
2 State mismatch (invalid or malformed JSON)
NULL
2 State mismatch (invalid or malformed JSON)
NULL
2 State mismatch (invalid or malformed JSON)
NULL
3 Control character error, possibly incorrectly encoded
NULL
5 Malformed UTF-8 characters, possibly incorrectly encoded
NULL
5 Malformed UTF-8 characters, possibly incorrectly encoded
NULL
3 Control character error, possibly incorrectly encoded
NULL
10 Single unpaired UTF-16 surrogate in unicode escape
NULL
10 Single unpaired UTF-16 surrogate in unicode escape
NULL
4 Syntax error
NULL
4 Syntax error
NULL
4 Syntax error
NULL
4 Syntax error
NULL
4 Syntax error
NULL
4 Syntax error
NULL
4 Syntax error
NULL
3 Control character error, possibly incorrectly encoded
NULL
4 Syntax error
NULL
4 Syntax error
NULL
4 Syntax error
NULL
1
array(1) {
  [0]=>
  int(1)
}
0
NULL
1
array(1) {
  ["a"]=>
  array(1) {
    ["b"]=>
    int(1)
  }
}
0
NULL
1
string(1) "x"
0
array(1) {
  [0]=>
  int(1)
}
int(0)
