#!/usr/bin/env bash
# Builds target/wildfly from the pristine distribution and applies src/main/cli/*.cli in order
# (as target/cli/configure-offline.cli, the script the release bundle ships).
# Skips all work when the scripts and the driver have not changed since the last run, so a
# normal build costs nothing here; any change rebuilds the server from scratch, never on top of
# an earlier configuration.
set -euo pipefail
dist=$1 server=$2 driver=$3
here=$(cd "$(dirname "$0")" && pwd)
stamp=$( (cat "$here"/src/main/cli/*.cli "$here"/src/main/cli/restore/*.cli "$0"; sha1sum "$driver"; echo "$dist") | sha1sum | cut -d' ' -f1)

# The scripts a release bundle ships (see ../INSTALL.md): configure.cli and restore.cli for a
# running server (jboss-cli.sh --connect), the -offline pair for a stopped one (embedded). One
# source per topic in src/main/cli (restore/ undoes the same topic), concatenated in order:
# configure 10 to 50, restore 50 back to 10.
cli="$(dirname "$server")/cli"
rm -rf "$cli" && mkdir -p "$cli"
configure=$(ls "$here"/src/main/cli/*.cli | sort)
restore=$(ls "$here"/src/main/cli/restore/*.cli | sort -r)
# A running server that needs a reload applies later changes to its configuration only, not to
# its services: a batch whose second step needs the service of its first (the filter and its
# reference) then fails. So after each topic the online scripts reload when the server asks for it
# (at most a few times on a first install; never when nothing changed).
online_reload='if (result == reload-required) of /:read-attribute(name=server-state)
  reload
end-if'
offline_start='embed-server --server-config=${haven.server-config:standalone.xml} --std-out=discard'
write() { # name, purpose, files, first line, after each file, last line
  { echo "# Haven: $2"
    echo "# Idempotent: a second run changes nothing and fails nothing. Every value is an expression"
    echo "# with a default, resolved when the server starts (HAVEN_* variables, see INSTALL.md)."
    [[ -n "$4" ]] && echo "$4"
    for f in $3; do echo; echo "# --- ${f#"$here"/src/main/cli/}"; cat "$f"; echo "$5"; done
    echo "$6"
  } > "$cli/$1"
}
write configure.cli "configure a running server: jboss-cli.sh --connect --file=configure.cli" "$configure" "" "$online_reload" ""
write restore.cli "remove from a running server what configure.cli added: jboss-cli.sh --connect --file=restore.cli" "$restore" "" "$online_reload" ""
write configure-offline.cli "configure a stopped server: jboss-cli.sh --file=configure-offline.cli [-Dhaven.server-config=standalone-ha.xml]" "$configure" "$offline_start" "" "stop-embedded-server"
write restore-offline.cli "remove from a stopped server what configure added: jboss-cli.sh --file=restore-offline.cli [-Dhaven.server-config=…]" "$restore" "$offline_start" "" "stop-embedded-server"

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
"$server/bin/jboss-cli.sh" --file="$cli/configure-offline.cli"
# The application's data never lives under target/: see HAVEN_DATA_DIR in the README.
rm -rf "$server/standalone/configuration/standalone_xml_history"
echo "$stamp" > "$server/.haven-stamp"
