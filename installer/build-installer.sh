#!/usr/bin/env bash
# Builds Nianbao's native packages from the shaded jar: a trimmed Java runtime (jlink), an app image
# with its own launcher (jpackage), a class-data-sharing archive made by a training run of that image,
# and the platform package (.deb here; .msi on Windows with WiX 3; .dmg on macOS).
# Called by `mvn -Pinstaller package` (see pom.xml, profile "installer"); usable by hand:
#   installer/build-installer.sh VERSION "VENDOR" "DESCRIPTION" TYPE [MAINTAINER_EMAIL]
#   (TYPE: deb | msi | dmg | none: the app image only)
set -euo pipefail

version=${1:?version}
vendor=${2:?vendor}
description=${3:?description}
type=${4:-none}
maintainer=${5:-nianbao@example.org}

# physical path (pwd -P): the launchers name the jar by its real path, and CDS compares the string
project=$(cd "$(dirname "$0")/.." && pwd -P)
target="$project/target"
out="$target/installer"
name=Nianbao
jar="$target/nianbao.jar"
main_class=org.nianbao.Launcher

# Modules: jdeps on the shaded jar (java.base, java.desktop, java.naming, java.sql, jdk.unsupported, and
# java.xml.crypto / java.security.jgss / jdk.jfr for POI signatures and JavaFX flight-recorder logging,
# which Nianbao never uses), plus what jdeps cannot see: jdk.charsets (GBK and GB18030 files, looked
# up by name), jdk.localedata (Chinese dates and collation), jdk.zipfs (zip file systems),
# java.logging and java.management (the log, SLF4J over java.util.logging, and JDBC reach them).
modules=java.base,java.desktop,java.logging,java.management,java.naming,java.sql,java.xml,jdk.charsets,jdk.localedata,jdk.unsupported,jdk.zipfs

case "$(uname -s)" in
  Linux*) os=linux; icon="$project/installer/icons/nianbao.png"; java_exe=java ;;
  Darwin*) os=mac; icon="$project/installer/icons/nianbao.icns"; java_exe=java ;;
  MINGW*|MSYS*|CYGWIN*) os=windows; icon="$project/installer/icons/nianbao.ico"; java_exe=java.exe ;;
  *) echo "unsupported system $(uname -s)" >&2; exit 1 ;;
esac

if [ "$type" = auto ]; then
  case $os in linux) type=deb ;; windows) type=msi ;; mac) type=dmg ;; esac
fi

[ -f "$jar" ] || { echo "missing $jar: run mvn package first" >&2; exit 1; }
JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}
bin="$JAVA_HOME/bin"

rm -rf "$out"
mkdir -p "$out/input" "$out/work"

# The jar the image runs (its manifest carries the pom's version, which --version prints).
cp "$jar" "$out/input/nianbao.jar"
# what the .deb's postinst needs to train the archive again where the package is installed
mkdir -p "$out/input/cds"
cp "$project/installer/train-cds.sh" "$out/input/cds/"
cp "$project/resources/sample/"*.txt "$out/input/cds/sample.txt"

echo "[installer] jlink runtime: $modules"
# --generate-cds-archive writes the runtime's base archive; the app's dynamic archive builds on it.
"$bin/jlink" --add-modules "$modules" --include-locales=en,zh \
  --strip-debug --no-header-files --no-man-pages --generate-cds-archive \
  --output "$out/runtime"
# only used with heaps over 32 GB (no compressed oops)
rm -f "$out/runtime/lib/server/classes_nocoops.jsa"

echo "[installer] jpackage app image"
# $APPDIR is the image's lib/app folder, expanded by the launcher at start. -Xshare:auto: an archive
# that does not match (another runtime, a moved jar) is ignored, never an error.
"$bin/jpackage" --type app-image --dest "$out" --name "$name" \
  --app-version "$version" --vendor "$vendor" --description "$description" \
  --copyright "Copyright $vendor" --icon "$icon" \
  --runtime-image "$out/runtime" --input "$out/input" \
  --main-jar nianbao.jar --main-class "$main_class" \
  --java-options '-Xshare:auto' \
  --java-options '-XX:SharedArchiveFile=$APPDIR/nianbao.jsa' \
  --java-options '-Dfile.encoding=UTF-8'

case $os in
  linux) image="$out/$name"; app_dir="$image/lib/app"; launcher="$image/bin/$name"; image_java="$image/lib/runtime/bin/java" ;;
  mac) image="$out/$name.app"; app_dir="$image/Contents/app"; launcher="$image/Contents/MacOS/$name"; image_java="$image/Contents/runtime/Contents/Home/bin/java" ;;
  windows) image="$out/$name"; app_dir="$image/app"; launcher="$image/$name.exe"; image_java="$image/runtime/bin/java.exe" ;;
esac

if [ $os = linux ]; then
  sed "s/@VERSION@/$version/" "$project/installer/linux/nianbao.sh" > "$image/bin/nianbao"
  chmod 755 "$image/bin/nianbao"
fi

echo "[installer] class-data-sharing training run"
"$app_dir/cds/train-cds.sh" "$image_java" "$app_dir" "$main_class" "$out/work/cds" "$app_dir/cds/sample.txt"
"$launcher" --version
if [ $os = linux ]; then "$image/bin/nianbao" --version; fi

if [ "$type" != none ]; then
  echo "[installer] jpackage --type $type"
  extra=()
  case $type in
    # JavaFX's native libraries sit inside the jar, so jpackage cannot see what they link: name it.
    # xz level 1 (DPKG_DEB_COMPRESSOR_LEVEL): a minute less than dpkg's default 6 for a few MB more.
    deb) export DPKG_DEB_COMPRESSOR_TYPE=${DPKG_DEB_COMPRESSOR_TYPE:-xz}
         export DPKG_DEB_COMPRESSOR_LEVEL=${DPKG_DEB_COMPRESSOR_LEVEL:-1}
         extra=(--linux-package-name nianbao --linux-app-category office --linux-menu-group Office
                --linux-shortcut --linux-deb-maintainer "$maintainer"
                --linux-package-deps "libgtk-3-0, libgl1, libxxf86vm1, fontconfig"
                --resource-dir "$project/installer/linux") ;;
    msi) extra=(--win-menu --win-menu-group "$name" --win-shortcut --win-dir-chooser --win-per-user-install
                --win-upgrade-uuid 6f1c1d3e-4d0a-4c52-9a7e-3c1f5b7d2a10) ;;
    dmg) extra=(--mac-package-identifier org.nianbao.app --mac-package-name "$name") ;;
  esac
  "$bin/jpackage" --type "$type" --dest "$out" --name "$name" \
    --app-version "$version" --vendor "$vendor" --description "$description" \
    --icon "$icon" --app-image "$image" "${extra[@]}" ${JPACKAGE_VERBOSE:+--verbose}
fi
ls -1 "$out"
