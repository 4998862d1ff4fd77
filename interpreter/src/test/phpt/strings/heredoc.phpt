--TEST--
heredoc with interpolation and nowdoc
--FILE--
<?php
$x = 42;
echo <<<EOT
  value: $x
    indented
  EOT;
echo "\n";
echo <<<'RAW'
no $x here
RAW;
echo "\n";
--EXPECT--
value: 42
  indented
no $x here
