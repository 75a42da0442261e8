#!/usr/bin/env bash
# The tests use the real PostgreSQL and Redis; start the local servers if they are down.
set -uo pipefail
pg_host=127.0.0.1; pg_port=5432; redis_port=6379

if ! pg_isready -q -h "$pg_host" -p "$pg_port" 2>/dev/null; then
  echo "PostgreSQL is down on $pg_host:$pg_port; starting it"
  for version in $(ls /etc/postgresql 2>/dev/null); do
    pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  done
  for _ in $(seq 30); do pg_isready -q -h "$pg_host" -p "$pg_port" && break; sleep 1; done
  pg_isready -h "$pg_host" -p "$pg_port" || { echo "error: could not start PostgreSQL" >&2; exit 1; }
fi

if ! redis-cli -h 127.0.0.1 -p "$redis_port" ping >/dev/null 2>&1; then
  echo "Redis is down on 127.0.0.1:$redis_port; starting it"
  mkdir -p /var/lib/redis /var/log/redis
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port "$redis_port" --save "" \
    --appendonly no --dir /var/lib/redis --logfile /var/log/redis/ci.log
  for _ in $(seq 30); do redis-cli -p "$redis_port" ping >/dev/null 2>&1 && break; sleep 1; done
  redis-cli -p "$redis_port" ping >/dev/null || { echo "error: could not start Redis" >&2; exit 1; }
fi
echo "PostgreSQL and Redis are up"
