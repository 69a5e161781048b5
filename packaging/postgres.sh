# A throwaway PostgreSQL server for the tests, sourced by ./test.sh (and bench.sh). Sourced, not executed.
#   scimflow_postgres_start   initdb in a temporary directory as an unprivileged user, start the server on a
#                             free loopback port, export SCIMFLOW_TEST_POSTGRES (a postgresql:// URL of the
#                             maintenance database; tests create and drop their own databases) and stop the
#                             server when the calling shell exits, even after a failure. With openssl at
#                             hand the server also takes TLS (a self-signed certificate made here), so that
#                             a client certificate's encrypted key can be tested end to end.
SCIMFLOW_POSTGRES_PACKAGES=(postgresql libqt6sql6-psql openssl)

scimflow_postgres_start() {
    local bindir
    bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
    if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
        echo "error: PostgreSQL's server programs (initdb, pg_ctl) are not installed" >&2
        return 1
    fi
    # The server refuses to run as root; run it as an unprivileged account.
    local runas=()
    if [ "$(id -u)" -eq 0 ]; then
        local user=postgres
        id -u "$user" >/dev/null 2>&1 || user=nobody
        runas=(runuser -u "$user" --)
    fi
    SCIMFLOW_POSTGRES_DIR="$(mktemp -d /tmp/scimflow-postgres.XXXXXX)"
    chmod 755 "$SCIMFLOW_POSTGRES_DIR"
    [ ${#runas[@]} -gt 0 ] && chown "${runas[2]}" "$SCIMFLOW_POSTGRES_DIR"
    trap scimflow_postgres_stop EXIT
    if ! "${runas[@]}" "$bindir/initdb" -D "$SCIMFLOW_POSTGRES_DIR/data" -U scimflow --auth=trust \
        --encoding=UTF8 --no-locale --no-sync >"$SCIMFLOW_POSTGRES_DIR/initdb.log" 2>&1; then
        cat "$SCIMFLOW_POSTGRES_DIR/initdb.log" >&2
        return 1
    fi
    # Tests need no durability; a bench measuring the engine keeps it (SCIMFLOW_POSTGRES_DURABLE=1).
    local durability="-c fsync=off -c full_page_writes=off"
    [ "${SCIMFLOW_POSTGRES_DURABLE:-0}" = 1 ] && durability=""
    local tls=""
    if command -v openssl >/dev/null &&
        openssl req -x509 -newkey rsa:2048 -nodes -subj /CN=127.0.0.1 -days 2 \
            -keyout "$SCIMFLOW_POSTGRES_DIR/server.key" -out "$SCIMFLOW_POSTGRES_DIR/server.crt" >/dev/null 2>&1; then
        chmod 600 "$SCIMFLOW_POSTGRES_DIR/server.key"
        [ ${#runas[@]} -gt 0 ] && chown "${runas[2]}" "$SCIMFLOW_POSTGRES_DIR/server.key" "$SCIMFLOW_POSTGRES_DIR/server.crt"
        tls="-c ssl=on -c ssl_cert_file=$SCIMFLOW_POSTGRES_DIR/server.crt -c ssl_key_file=$SCIMFLOW_POSTGRES_DIR/server.key"
    fi
    local port attempt
    for attempt in 1 2 3 4 5 6 7 8; do
        port=$((20000 + RANDOM % 20000))
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && continue
        if "${runas[@]}" "$bindir/pg_ctl" -D "$SCIMFLOW_POSTGRES_DIR/data" -w -t 60 \
            -l "$SCIMFLOW_POSTGRES_DIR/server.log" \
            -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$SCIMFLOW_POSTGRES_DIR $durability -c max_connections=200 $tls" \
            start >/dev/null; then
            export SCIMFLOW_TEST_POSTGRES="postgresql://scimflow@127.0.0.1:$port/postgres"
            SCIMFLOW_POSTGRES_PGCTL=("${runas[@]}" "$bindir/pg_ctl")
            echo "PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') for the tests on 127.0.0.1:$port"
            return 0
        fi
    done
    echo "error: the test PostgreSQL server did not start:" >&2
    cat "$SCIMFLOW_POSTGRES_DIR/server.log" >&2 2>/dev/null
    return 1
}

scimflow_postgres_stop() {
    [ -n "${SCIMFLOW_POSTGRES_DIR:-}" ] || return 0
    if [ -n "${SCIMFLOW_POSTGRES_PGCTL+x}" ]; then
        "${SCIMFLOW_POSTGRES_PGCTL[@]}" -D "$SCIMFLOW_POSTGRES_DIR/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$SCIMFLOW_POSTGRES_DIR"
    SCIMFLOW_POSTGRES_DIR=""
}
