#!/usr/bin/env bash
# Builds target/wildfly from the pristine distribution and applies src/main/cli/*.cli in order.
# Skips all work when the scripts and the driver have not changed since the last run, so a
# normal build costs nothing here; any change rebuilds the server from scratch, never on top of
# an earlier configuration.
set -euo pipefail
dist=$1 server=$2 driver=$3
here=$(cd "$(dirname "$0")" && pwd)
stamp=$( (cat "$here"/src/main/cli/*.cli "$0"; sha1sum "$driver"; echo "$dist") | sha1sum | cut -d' ' -f1)

if [[ -f "$server/.haven-stamp" && "$(cat "$server/.haven-stamp")" == "$stamp" ]]; then
  echo "WildFly at $server is up to date"
  exit 0
fi

echo "Configuring WildFly at $server"
rm -rf "$server"
cp -a "$dist" "$server"
export JAVA_OPTS="-Xms64m -Xmx512m"
# Connector/J as a module; module add is a CLI command, not an operation, so it runs on its own.
"$server/bin/jboss-cli.sh" --command="module add --name=com.mysql --resources=$driver --dependencies=java.se,jakarta.transaction.api"
for script in "$here"/src/main/cli/*.cli; do
  echo "Applying $(basename "$script")"
  "$server/bin/jboss-cli.sh" --file="$script"
done
# The application's data never lives under target/: see HAVEN_DATA_DIR in the README.
rm -rf "$server/standalone/configuration/standalone_xml_history"
echo "$stamp" > "$server/.haven-stamp"
