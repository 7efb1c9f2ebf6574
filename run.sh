#!/usr/bin/env bash
# Builds Chrysalis when needed and runs the distribution in the foreground (Karaf console).
# The instance lives in ./instance; its data (embedded Derby) survives rebuilds and restarts.
set -euo pipefail
cd "$(dirname "$0")"

archive=karaf-assembly/target/chrysalis-distribution-0.1.0-SNAPSHOT.tar.gz
sources_changed() {
  [ ! -f "$archive" ] || [ -n "$(find pom.xml bundles features karaf-assembly -newer "$archive" \
      -not -path '*/target/*' -type f -print -quit)" ]
}

if sources_changed; then
  echo "Building Chrysalis (tests skipped; 'mvn -B verify' runs them)..."
  mvn -B -q install -DskipTests
fi

if [ ! -f instance/.unpacked ] || [ "$archive" -nt instance/.unpacked ]; then
  echo "Unpacking the distribution into ./instance (the database and changed etc/ files are kept)..."
  keep=$(mktemp -d)
  [ -d instance/data/derby ] && mv instance/data/derby "$keep/derby"
  # files in etc/ changed since the last unpack are the district's: users added with jaas:user-add,
  # settings changed with config:edit or by hand
  if [ -f instance/.unpacked ]; then
    (cd instance && find etc -type f -newer .unpacked -print0 | xargs -0 -r cp --parents -t "$keep")
  fi
  rm -rf instance && mkdir instance
  tar xzf "$archive" --strip-components=1 -C instance
  if [ -d "$keep/derby" ]; then mkdir -p instance/data && mv "$keep/derby" instance/data/derby; fi
  touch instance/.unpacked
  # copied after the marker, so they count as changed again at the next unpack
  if [ -d "$keep/etc" ]; then
    echo "Kept from the previous instance: $(cd "$keep" && find etc -type f | sort | tr '\n' ' ')"
    cp -r "$keep/etc/." instance/etc/
  fi
  rm -rf "$keep"
fi

echo "Starting Chrysalis: http://localhost:8181/api/v1/platform/health, ssh -p 8101 admin@localhost"
exec instance/bin/karaf "$@"
