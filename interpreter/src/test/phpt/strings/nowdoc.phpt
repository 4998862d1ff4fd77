--TEST--
nowdoc has no interpolation and no escapes
--FILE--
<?php
$x = "X";
echo <<<'EOT'
Raw $x {$x} \n \t \\ "quotes"
EOT;
echo "\n";
echo <<<'EOT'
    indented nowdoc
      keeps relative
    EOT;
echo "\n";
--EXPECT--
Raw $x {$x} \n \t \\ "quotes"
indented nowdoc
  keeps relative
