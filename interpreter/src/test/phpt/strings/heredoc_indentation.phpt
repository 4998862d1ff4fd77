--TEST--
PHP 7.3+ flexible heredoc: closing marker indentation is removed
--FILE--
<?php
$x = "val";
echo <<<EOT
    four spaces
      six spaces
    $x
    EOT;
echo "|\n";
echo <<<EOT
  a
 EOT;
echo "|\n";
--EXPECT--
four spaces
  six spaces
val|
 a|
