#!/usr/bin/env bash
# The class-data-sharing training run: runs one command of the app with the image's own runtime and
# the same class path as its launcher, and writes the classes it loaded to $APP_DIR/nianbao.jsa
# (-XX:ArchiveClassesAtExit, a dynamic archive over the runtime's base archive). The launcher maps
# that file at start instead of reading, verifying and linking those classes again.
#   train-cds.sh IMAGE_JAVA APP_DIR MAIN_CLASS WORK_DIR SAMPLE_TXT
# JDK 17 accepts the archive only when the launcher's class path is the very path trained with, and
# the jar's size and time are unchanged: a copy of the image elsewhere ignores it (-Xshare:auto).
# So the build trains the image in place, and the .deb trains again at install (postinst).
# The heaviest command the command line has is the one trained: an export of the sample report
# (import + POI .docx writing), else an import, else a list (database and migrations).
set -euo pipefail
java=${1:?image java}
# the launchers name the jar by its absolute, physical path, and CDS compares that string
app_dir=$(cd "${2:?app dir}" && pwd -P)
main_class=${3:?main class}
work=${4:?work dir}
sample=${5:?sample report}

mkdir -p "$work"
db="$work/training.db"

run() {
  rm -f "$db" "$work/training.docx" "$app_dir/nianbao.jsa"
  "$java" -cp "$app_dir/nianbao.jar" -XX:ArchiveClassesAtExit="$app_dir/nianbao.jsa" -Xlog:cds=warning -Dfile.encoding=UTF-8 \
    "$main_class" --db "$db" "$@" >"$work/training.log" 2>&1
}

help=$("$java" -cp "$app_dir/nianbao.jar" "$main_class" --help)
has() { grep -Eq "^ +$1( |$)" <<<"$help"; }

# A command whose arguments changed must not break the build: fall back to the next one, loudly.
trained=
for command in export import list; do
  has $command || continue
  case $command in
    export) args=(export "$sample" --out "$work/training.docx") ;;
    import) args=(import "$sample") ;;
    list) args=(list) ;;
  esac
  echo "[installer] training: ${args[*]}"
  if run "${args[@]}" && [ -s "$app_dir/nianbao.jsa" ]; then
    trained=$command
    break
  fi
  echo "[installer] WARNING: training with '$command' failed; trying the next command" >&2
  cat "$work/training.log" >&2
done
[ -n "$trained" ] || { echo "[installer] no training command worked" >&2; exit 1; }
echo "[installer] archive: $(du -h "$app_dir/nianbao.jsa" | cut -f1) (trained with $trained)"
