#!/bin/sh
# Nianbao's command-line launcher on Linux (bin/nianbao; the .deb links /usr/bin/nianbao to it).
# It does what jpackage's bin/Nianbao does (same runtime, class path and options, so the same
# class-data-sharing archive applies) without the JDK 17 launcher's two `rpm -qf` and two `dpkg -S`
# queries at every start, which cost 0.2-0.5 s on a desktop with a large package database.
# coreutils by full path: the caller's PATH may hold anything, or nothing
self=$(/usr/bin/env PATH=/usr/bin:/bin readlink -f "$0")
app=${self%/bin/*}
# Java reads file names in the locale's character set: under C/POSIX (cron, containers, ssh without a
# locale) a Chinese file name would be unusable, so no locale at all means C.UTF-8's. Any other locale
# (zh_CN.GBK too) is the user's choice and is kept; the program names the fix if a name fails there.
case "${LC_ALL:-${LC_CTYPE:-${LANG:-}}}" in
  ""|C|POSIX) export LC_ALL=C.UTF-8 ;;
esac
exec "$app/lib/runtime/bin/java" -Djpackage.app-version=@VERSION@ -Xshare:auto \
  -XX:SharedArchiveFile="$app/lib/app/nianbao.jsa" -Dfile.encoding=UTF-8 \
  -cp "$app/lib/app/nianbao.jar" org.nianbao.Launcher "$@"
