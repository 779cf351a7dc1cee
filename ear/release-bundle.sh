#!/usr/bin/env bash
# Writes the release bundle an enterprise installs on its own WildFly (INSTALL.md):
#   haven-<version>/haven.ear, INSTALL.md, cli/{configure,restore}[-offline].cli,
#   drivers/mysql-connector-j-<version>.jar
# zipped as haven-<version>.zip next to the EAR. Everything is copied in, so nothing in the
# bundle points back at this build.
set -euo pipefail
version=$1 ear=$2 cli=$3 driver=$4 driver_version=$5 guide=$6 out=$7
name="haven-$version"
stage="$out/release/$name"
rm -rf "$out/release" "$out/$name.zip"
mkdir -p "$stage/cli" "$stage/drivers"
cp "$ear" "$stage/haven.ear"
cp "$guide" "$stage/INSTALL.md"
cp "$cli"/configure.cli "$cli"/restore.cli "$cli"/configure-offline.cli "$cli"/restore-offline.cli "$stage/cli/"
cp "$driver" "$stage/drivers/mysql-connector-j-$driver_version.jar"
echo "$version" > "$stage/VERSION"
# jar writes a plain zip (no manifest) with the JDK alone: no zip tool needed on the build machine.
(cd "$out/release" && jar --create --no-manifest --file "../$name.zip" "$name")
echo "Release bundle: $out/$name.zip"
