--TEST--
code may follow the heredoc closing marker on the same line (7.3+)
--FILE--
<?php
$parts = [<<<A
  one
  A, "two"];
echo $parts[0] . "|" . $parts[1], "\n";
echo <<<B
  x
  B . "y\n";
--EXPECT--
one|two
xy
