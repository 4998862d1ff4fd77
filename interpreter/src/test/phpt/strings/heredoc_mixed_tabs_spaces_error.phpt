--TEST--
heredoc indentation mixing tabs and spaces is a parse error
--FILE--
<?php
echo <<<EOT
	 mixed
	 EOT;
--EXPECTF--
Parse error: Invalid indentation - tabs and spaces cannot be mixed in %s on line 3
