Hello from jzend!
<?php
$who = "ZendMM";
echo "Every string and array of this script lives in $who's memory: ", memory_get_usage(), " bytes in use.\n";
?>
The text outside the PHP tags is passed through as is.
