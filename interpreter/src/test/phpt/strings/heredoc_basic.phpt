--TEST--
heredoc with interpolation and escapes
--FILE--
<?php
$who = "heredoc";
$a = ['k' => 'v'];
echo <<<EOT
Hello from $who!
Array: {$a['k']} $a[k]
Tab:\tend
Dollar: \$who
EOT;
echo "\n";
echo <<<"QUOTED"
quoted label $who
QUOTED;
echo "\n";
--EXPECT--
Hello from heredoc!
Array: v v
Tab:	end
Dollar: $who
quoted label heredoc
