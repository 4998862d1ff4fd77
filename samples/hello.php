Hello from jzend!
<?php
// PHP code runs once the engine lands; the text outside the tags is passed through now.
?>
The heap starts, runs and shuts down exactly as php-src does.
