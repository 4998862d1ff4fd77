echo "no tag" . 1 +;
