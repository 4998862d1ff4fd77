--TEST--
empty heredoc and heredoc used inside expressions
--FILE--
<?php
$e = <<<EOT
EOT;
var_dump($e);
$arr = [<<<A
one
A, <<<B
two
B];
var_dump($arr);
echo strlen(<<<X
abc
X) + 1, "\n";
--EXPECT--
string(0) ""
array(2) {
  [0]=>
  string(3) "one"
  [1]=>
  string(3) "two"
}
4
