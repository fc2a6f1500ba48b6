#!/usr/bin/env bash
# Makes sure Postgres and Redis answer on loopback before the platform or its tests start:
# already running -> nothing to do; a Docker engine -> `docker compose up -d`; otherwise the Debian
# packages, installed with apt-get when missing, started on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."

PG_HOST=127.0.0.1 PG_PORT=5432 REDIS_PORT=6379

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
pg_up() { port_open "$PG_PORT" && { ! command -v pg_isready >/dev/null || pg_isready -q -h "$PG_HOST" -p "$PG_PORT"; }; }
redis_up() { port_open "$REDIS_PORT"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo -n "$@"; fi; }

wait_for() { # name, check
  for _ in $(seq 1 60); do "$2" && return 0; sleep 1; done
  echo "services: $1 did not come up on 127.0.0.1" >&2
  exit 1
}

if pg_up && redis_up; then
  echo "services: Postgres and Redis are up"
elif command -v docker >/dev/null && docker info >/dev/null 2>&1; then
  echo "services: starting Postgres and Redis with docker compose"
  docker compose up -d --wait postgres redis
else
  if ! pg_up; then
    if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
      echo "services: installing PostgreSQL from Debian's packages"
      as_root apt-get update -qq
      DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq postgresql >/dev/null
    fi
    version=$(ls /etc/postgresql | sort -V | tail -1)
    hba=/etc/postgresql/$version/main/pg_hba.conf
    # local development: trust on loopback only, as DATABASE_URL's default (postgres@127.0.0.1) expects
    if ! as_root grep -q '^host all all 127.0.0.1/32 trust' "$hba"; then
      as_root sed -i '1i host all all 127.0.0.1/32 trust\nhost all all ::1/128 trust' "$hba"
    fi
    as_root sed -i "s/^#\?listen_addresses.*/listen_addresses = 'localhost'/" "/etc/postgresql/$version/main/postgresql.conf"
    echo "services: starting PostgreSQL $version on loopback"
    as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start || as_root pg_ctlcluster --skip-systemctl-redirect "$version" main reload
  fi
  wait_for Postgres pg_up
  if ! redis_up; then
    if ! command -v redis-server >/dev/null; then
      echo "services: installing Redis from Debian's packages"
      as_root apt-get update -qq
      DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq redis-server >/dev/null
    fi
    echo "services: starting Redis on loopback (AOF everysec, noeviction)"
    mkdir -p .data/redis
    redis-server --daemonize yes --bind 127.0.0.1 --port "$REDIS_PORT" --dir "$PWD/.data/redis" \
      --appendonly yes --appendfsync everysec --maxmemory-policy noeviction --logfile "$PWD/.data/redis/redis.log"
  fi
  wait_for Redis redis_up
fi

# BullMQ keeps its jobs only under noeviction; say so rather than lose jobs silently.
if command -v redis-cli >/dev/null; then
  policy=$(redis-cli -h 127.0.0.1 -p "$REDIS_PORT" config get maxmemory-policy 2>/dev/null | tail -1 || true)
  if [ -n "$policy" ] && [ "$policy" != "noeviction" ]; then
    echo "services: Redis maxmemory-policy is $policy; setting noeviction, the only policy under which BullMQ keeps its jobs"
    redis-cli -h 127.0.0.1 -p "$REDIS_PORT" config set maxmemory-policy noeviction >/dev/null
  fi
fi

# The fault tests restart a Redis of their own (never the shared one): they need the redis-server binary,
# which a Docker-only machine may lack.
if [ "${1:-}" = "--for-tests" ] && ! command -v redis-server >/dev/null && command -v apt-get >/dev/null; then
  echo "services: installing redis-server for the fault tests"
  as_root apt-get update -qq && DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq redis-server >/dev/null || true
fi
