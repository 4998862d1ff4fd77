--TEST--
heredoc with ${expr} and nested array access
--FILE--
<?php
$data = ['user' => ['name' => 'Ann', 'age' => 30]];
$field = 'age';
echo <<<TXT
Name: {$data['user']['name']}
Age: {$data['user'][$field]}
Raw: $data[user]
TXT;
echo "\n";
--EXPECTF--
Warning: Array to string conversion in %s on line 7
Name: Ann
Age: 30
Raw: Array
